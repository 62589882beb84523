// Migrations that cannot change: the committed schema snapshot, and fixture
// workbooks of every earlier version opened and upgraded.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../electron/workbook/connection';
import { LATEST_VERSION, migrations, type Migration } from '../../../electron/workbook/migrations';
import { listBackups } from '../../../electron/workbook/backup';
import { trashRepository } from '../../../electron/workbook/repositories/trash';
import { SCHEMA_SNAPSHOT, schemaText } from '../../support/schema';
import { openHarness, tempDir, type Harness } from '../../support/workbook';

const open: Harness[] = [];
afterEach(() => open.splice(0).forEach((h) => h.close()));
const fixture = (v: number) => path.join(import.meta.dirname, '..', '..', 'fixtures', `workbook-v${v}.omni.sqlite`);
const EARLIER = Array.from({ length: LATEST_VERSION - 1 }, (_, i) => i + 1);

function counts(file: string | Database.Database): Record<string, number> {
  const db = typeof file === 'string' ? new Database(file, { readonly: true }) : file;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const out = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
  if (typeof file === 'string') db.close();
  return out;
}

async function upgraded(version: number): Promise<Harness> {
  const file = path.join(tempDir(), 'workbook.omni.sqlite');
  fs.copyFileSync(fixture(version), file);
  const h = await openHarness(file);
  open.push(h);
  return h;
}

describe('the schema snapshot', () => {
  it('is what migrating an empty file gives (regenerate with `npx tsx tests/support/schema.ts --write`)', async () => {
    const h = await openHarness();
    open.push(h);
    expect(schemaText(h.workbook.db)).toBe(fs.readFileSync(SCHEMA_SNAPSHOT, 'utf8'));
  });

  it('has a fixture workbook for every earlier version', () => {
    for (const v of EARLIER) {
      expect(fs.existsSync(fixture(v)), `tests/fixtures/workbook-v${v}.omni.sqlite`).toBe(true);
      const db = new Database(fixture(v), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(v);
      db.close();
    }
  });
});

describe.each(EARLIER)('a workbook made by version %i', (version) => {
  it('upgrades to exactly the snapshot schema, keeps every row, and leaves a backup of the old file', async () => {
    const before = counts(fixture(version));
    const h = await upgraded(version);
    const db = h.workbook.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(schemaText(db)).toBe(fs.readFileSync(SCHEMA_SNAPSHOT, 'utf8'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const after = counts(db);
    for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n);
    const backup = listBackups(h.file).find((b) => b.includes(`before-v${LATEST_VERSION}`))!;
    expect(counts(backup)).toEqual(before);
  });

  it('every deletion made under it can still be undone', async (ctx) => {
    if (counts(fixture(version)).trash === 0) return ctx.skip('this fixture holds no deletion');
    const h = await upgraded(version);
    const entries = await h.ok('trash.list', {});
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const restored = await h.ok('trash.restore', { id: entry.id });
      expect(restored.label).toBe(entry.label);
    }
    expect(await h.ok('trash.list', {})).toEqual([]);
  });
});

describe('workbooks of versions 3 and 4 keep their work through the upgrade', () => {
  it('version 3: the status-analysis round, its answers and consensus', async () => {
    const h = await upgraded(3);
    const [m] = (await h.ok('municipalities.list', {})).filter((x) => x.name === 'Beiarn');
    const [round] = await h.ok('rounds.list', { municipalityId: m.id });
    expect(round).toMatchObject({ title: 'Kartlegging høst', revealed: true });
    const results = await h.ok('rounds.results', { id: round.id });
    expect(results.round.respondentCount).toBe(8);
    expect(results.consensus).toMatchObject({ [Object.keys(results.consensus)[0]]: 3 });
    expect((await h.ok('content.get', { municipalityId: m.id }))?.packId).toBe('omni-fauske');
  });

  it('version 4: the board, its cards and the FFSS actions', async () => {
    const h = await upgraded(4);
    const [m] = (await h.ok('municipalities.list', {})).filter((x) => x.name === 'Beiarn');
    const sessions = await h.ok('sessions.list', { municipalityId: m.id });
    const start = sessions.find((s) => s.title === 'Oppstart')!;
    const [board] = await h.ok('boards.list', { sessionId: start.id });
    const detail = await h.ok('boards.get', { id: board.id });
    expect(detail.state.cards).toHaveLength(3);
    expect(detail.state.cards.find((c) => c.votes === 4)).toMatchObject({ step: 3 });
    expect((await h.ok('actions.list', { sessionId: start.id })).map((a) => a.what)).toContain(
      'Fadderordning i friminuttene',
    );
    expect(sessions.find((s) => s.title === 'Oppfølging')?.closedAt).toBeTruthy();
  });
});

describe('trash entries and migrations', () => {
  it('record the schema version they were written under', async () => {
    const h = await openHarness();
    open.push(h);
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    const entry = await h.ok('municipalities.delete', { id: m.id });
    expect(h.workbook.db.prepare('SELECT schema_version FROM trash WHERE id = ?').pluck().get(entry.id)).toBe(
      LATEST_VERSION,
    );
  });

  it('restore across a later migration that reshapes a column', async () => {
    const h = await openHarness();
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    const unit = await h.ok('units.create', {
      municipalityId: m.id,
      name: 'Vestmyra skole',
      kind: 'school',
      contactRole: 'Rektor',
    });
    const entry = await h.ok('units.delete', { id: unit.id });
    h.close();
    // A future migration renames units.contact_role and says how kept rows change.
    const rename: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test: contact_role becomes contact_title',
      up: (db) => db.exec('ALTER TABLE units RENAME COLUMN contact_role TO contact_title'),
      upgradeRows(payload) {
        for (const row of (payload.units as Record<string, unknown>[] | undefined) ?? []) {
          row.contact_title = row.contact_role;
          delete row.contact_role;
        }
      },
    };
    const next = [...migrations, rename];
    const wb = await openWorkbook(h.file, { migrations: next });
    try {
      wb.db.transaction(() => trashRepository(wb.db, next).restore(entry.id))();
      expect(wb.db.prepare('SELECT name, contact_title FROM units WHERE id = ?').get(unit.id)).toEqual({
        name: 'Vestmyra skole',
        contact_title: 'Rektor',
      });
    } finally {
      wb.close();
    }
  });
});
