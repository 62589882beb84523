import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, WorkbookRefusedError, openWorkbook } from '../../../electron/workbook/connection';
import { LATEST_VERSION, migrations } from '../../../electron/workbook/migrations';
import { listBackups } from '../../../electron/workbook/backup';
import { openHarness, sha256, tempDir, type Harness } from '../../support/workbook';

const open: Harness[] = [];
afterEach(() => open.splice(0).forEach((h) => h.close()));
const harness = async (file?: string) => {
  const h = await openHarness(file);
  open.push(h);
  return h;
};

/** A workbook with data, fully checkpointed into the main file, closed. */
async function filledWorkbook(): Promise<string> {
  const h = await openHarness();
  const m = await h.ok('municipalities.create', { name: 'Beiarn' });
  for (let i = 0; i < 40; i++)
    await h.ok('units.create', { municipalityId: m.id, name: `Enhet ${i} ${'x'.repeat(80)}`, kind: 'school' });
  h.workbook.db.pragma('wal_checkpoint(TRUNCATE)');
  h.close();
  return h.file;
}

async function expectRefused(file: string, reason: WorkbookRefusedError['reason'], text: RegExp) {
  const before = sha256(file);
  const siblings = fs.readdirSync(path.dirname(file)).sort();
  const err = await openWorkbook(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookRefusedError);
  expect((err as WorkbookRefusedError).reason).toBe(reason);
  expect((err as Error).message).toMatch(text);
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblings);
}

describe('opening a workbook', () => {
  it('creates a new workbook with every migration, our application id and the pragmas', async () => {
    const h = await harness(path.join(tempDir(), 'nested', 'dir', 'workbook.omni.sqlite'));
    const db = h.workbook.db;
    expect(fs.existsSync(h.file)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    // A brand-new workbook has nothing worth a backup.
    expect(listBackups(h.file)).toEqual([]);
  });

  it('the migrations create the tables with created/updated timestamps on every row', async () => {
    const h = await harness();
    const tables = h.workbook.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual([
      'actions',
      'agenda_items',
      'agendas',
      'answers',
      'boards',
      'cards',
      'checklist_log',
      'checklist_status',
      'consensus',
      'municipalities',
      'municipality_content',
      'plan_activities',
      'plan_activity_roles',
      'plan_evaluations',
      'plan_goals',
      'plan_phases',
      'plan_role_members',
      'plan_roles',
      'plan_routines',
      'plans',
      'presentation',
      'respondents',
      'round_units',
      'rounds',
      'session_units',
      'sessions',
      'settings',
      'statement_sets',
      'trash',
      'units',
    ]);
    for (const table of tables) {
      const cols = h.workbook.db
        .prepare(`PRAGMA table_info(${table})`)
        .all()
        .map((c) => (c as { name: string }).name);
      expect(cols, table).toContain('created_at');
      expect(cols, table).toContain('updated_at');
    }
  });

  it('keeps everything across close and reopen', async () => {
    const h = await openHarness();
    const m = await h.ok('municipalities.create', { name: 'Fauske', county: 'Nordland' });
    h.close();
    const again = await harness(h.file);
    expect(await again.ok('municipalities.get', { id: m.id })).toMatchObject({ name: 'Fauske', county: 'Nordland' });
  });

  it('refuses a workbook from a newer version and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'newer.omni.sqlite');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.exec('CREATE TABLE future (x)');
    db.close();
    await expectRefused(file, 'newer', /nyere versjon av Omniverksted/);
  });

  it('refuses any other SQLite file', async () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hei');");
    db.close();
    await expectRefused(file, 'not_a_workbook', /ikke en arbeidsbok for Omniverksted/);
  });

  it('refuses a text file', async () => {
    const file = path.join(tempDir(), 'notes.omni.sqlite');
    fs.writeFileSync(file, 'Dette er bare tekst, ikke en database.\n'.repeat(20));
    await expectRefused(file, 'not_a_workbook', /ikke en arbeidsbok/);
  });

  it('refuses a truncated workbook and leaves it as it is', async () => {
    const file = await filledWorkbook();
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(8192);
    fs.truncateSync(file, Math.floor(size / 2));
    await expectRefused(file, 'corrupt', /skadet eller ufullstendig/);
  });

  it('refuses a workbook whose pages are overwritten with garbage', async () => {
    const file = await filledWorkbook();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096);
    fs.closeSync(fd);
    await expectRefused(file, 'corrupt', /skadet/);
  });

  it('refuses a folder', async () => {
    const dir = tempDir();
    await expect(openWorkbook(dir)).rejects.toBeInstanceOf(WorkbookRefusedError);
  });
});

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('apply only the pending ones, in one transaction, after a backup of the old file', async () => {
    // A workbook made by the current version, then opened by a version with one more migration.
    const h = await openHarness();
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    h.close();
    const next = [
      ...migrations,
      {
        version: LATEST_VERSION + 1,
        name: 'test: add a column',
        up: (db: Database.Database) =>
          db.exec("ALTER TABLE municipalities ADD COLUMN extra TEXT NOT NULL DEFAULT 'ny'"),
      },
    ];
    const upgraded = await openWorkbook(h.file, { migrations: next });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
      expect(upgraded.db.prepare('SELECT name, extra FROM municipalities WHERE id = ?').get(m.id)).toEqual({
        name: 'Beiarn',
        extra: 'ny',
      });
    } finally {
      upgraded.close();
    }
    const backups = listBackups(h.file);
    expect(backups.some((b) => b.includes(`before-v${LATEST_VERSION + 1}`))).toBe(true);
    const copy = new Database(
      backups.find((b) => b.includes('before-v'))!,
      { readonly: true },
    );
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT name FROM municipalities').all()).toEqual([{ name: 'Beiarn' }]);
    copy.close();
  });

  it('roll back completely when a migration fails', async () => {
    const h = await openHarness();
    await h.ok('municipalities.create', { name: 'Beiarn' });
    h.close();
    const broken = [
      ...migrations,
      {
        version: LATEST_VERSION + 1,
        name: 'test: fails half-way',
        up: (db: Database.Database) => {
          db.exec('CREATE TABLE half (x)');
          throw new Error('boom');
        },
      },
    ];
    await expect(openWorkbook(h.file, { migrations: broken })).rejects.toThrow('boom');
    const again = await harness(h.file);
    expect(again.workbook.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(again.workbook.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({
      n: 0,
    });
    expect((await again.ok('municipalities.list', {})).map((x) => x.name)).toEqual(['Beiarn']);
  });
});

describe('a workbook made by version 1', () => {
  const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'workbook-v1.omni.sqlite');

  it('opens, migrates to the latest version after a backup, and keeps every row', async () => {
    const file = path.join(tempDir(), 'workbook.omni.sqlite');
    fs.copyFileSync(fixture, file);
    const h = await harness(file);
    expect(h.workbook.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const [m] = await h.ok('municipalities.list', {});
    expect(m).toMatchObject({ name: 'Beiarn', county: 'Nordland', unitCount: 2, sessionCount: 1 });
    const [session] = await h.ok('sessions.list', { municipalityId: m.id });
    expect(session).toMatchObject({ title: 'Oppstart', date: '2026-08-14', notes: 'Notater fra v1' });
    expect(session.unitIds).toHaveLength(2);
    // The deletion made under version 1 can still be undone.
    const [entry] = await h.ok('trash.list', {});
    expect(await h.ok('trash.restore', { id: entry.id })).toMatchObject({ kind: 'session', label: 'Slettet møte' });
    const backup = listBackups(file).find((b) => b.includes(`before-v${LATEST_VERSION}`));
    expect(backup).toBeDefined();
    expect(sha256(backup!)).not.toBe('');
    const copy = new Database(backup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});

describe('a workbook made by version 2', () => {
  it('keeps the municipality content and the checklist work through the upgrade', async () => {
    const file = path.join(tempDir(), 'workbook.omni.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'workbook-v2.omni.sqlite'), file);
    const h = await harness(file);
    expect(h.workbook.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const [m] = await h.ok('municipalities.list', {});
    expect((await h.ok('content.get', { municipalityId: m.id }))?.packId).toBe('omni-fauske');
    const school = (await h.ok('units.list', { municipalityId: m.id })).find((u) => u.name === 'Vestmyra skole')!;
    const progress = await h.ok('progress.municipality', { municipalityId: m.id });
    expect(progress.units.find((u) => u.id === school.id)!.components[0]).toMatchObject({ inPlace: 1, inProgress: 1 });
    const [session] = await h.ok('sessions.list', { municipalityId: m.id });
    expect(await h.ok('sessions.checklistWork', { id: session.id })).toMatchObject([
      { unitName: 'Vestmyra skole', changes: 2, inPlace: 1 },
    ]);
  });
});

describe('backups', () => {
  it('are made once per day of use and the newest 10 are kept', async () => {
    const h = await openHarness();
    await h.ok('municipalities.create', { name: 'Beiarn' });
    h.close();
    for (let day = 1; day <= 12; day++) {
      const now = () => new Date(2026, 0, day, 9, 0, 0);
      for (let k = 0; k < 2; k++) {
        // The same day twice: no second copy.
        const wb = await openWorkbook(h.file, { now });
        await wb.backupDone;
        wb.close();
      }
    }
    const backups = listBackups(h.file);
    expect(backups).toHaveLength(10);
    expect(path.basename(backups[0])).toContain('2026-01-03');
    expect(path.basename(backups[9])).toContain('2026-01-12');
    const copy = new Database(backups[9], { readonly: true });
    expect(copy.prepare('SELECT name FROM municipalities').all()).toEqual([{ name: 'Beiarn' }]);
    copy.close();
  });
});
