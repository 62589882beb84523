// Moving a municipality between laptops: .omni export, preview, import (new,
// merge, copy), and every refusal leaving the workbook as it was.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MUNICIPALITY_TABLES, ownedRows } from '../../../electron/workbook/owned';
import { fillSample } from '../../support/sample';
import { openHarness, tempDir, type Harness } from '../../support/workbook';

const open: Harness[] = [];
afterEach(() => open.splice(0).forEach((h) => h.close()));
async function harness(): Promise<Harness> {
  const h = await openHarness(path.join(tempDir(), 'workbook.omni.sqlite'));
  open.push(h);
  return h;
}

/**
 * Every row a municipality owns, with ids replaced by labels given in a fixed
 * order (parents first, rows sorted by their content): two workbooks holding
 * the same work under different ids give the same text.
 */
function canonical(db: Database.Database, municipalityId: string): Record<string, unknown[]> {
  const labels = new Map<string, string>();
  const out: Record<string, unknown[]> = {};
  const relabel = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(row).map(([c, v]) => [
        c,
        c.endsWith('_id') && typeof v === 'string' && labels.has(v) ? labels.get(v) : v,
      ]),
    );
  const setIds = (
    db.prepare('SELECT DISTINCT set_id FROM rounds WHERE municipality_id = ?').pluck().all(municipalityId) as string[]
  ).sort();
  const sets = setIds.map(
    (id) => db.prepare('SELECT * FROM statement_sets WHERE id = ?').get(id) as Record<string, unknown>,
  );
  const tables: [string, Record<string, unknown>[]][] = [
    ['statement_sets', sets],
    ...MUNICIPALITY_TABLES.map(
      (t) => [t.table, ownedRows(db, t, municipalityId)] as [string, Record<string, unknown>[]],
    ),
  ];
  for (const [table, rows] of tables) {
    const mapped = rows.map((r) => ({ original: r, shown: relabel(r) }));
    const key = (shown: Record<string, unknown>) =>
      JSON.stringify({ ...shown, id: undefined, name: table === 'municipalities' ? undefined : shown.name });
    mapped.sort((a, b) => key(a.shown).localeCompare(key(b.shown)));
    mapped.forEach(({ original, shown }, i) => {
      if (typeof original.id === 'string') {
        labels.set(original.id, `${table}#${i}`);
        shown.id = `${table}#${i}`;
      }
    });
    out[table] = mapped.map((m) => m.shown);
  }
  // The municipality's own name may differ (a copy); everything else must not.
  for (const m of out.municipalities as Record<string, unknown>[]) delete m.name;
  return out;
}

function allRows(db: Database.Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

async function exported(passphrase?: string) {
  const a = await harness();
  const sample = await fillSample(a);
  const file = await a.ok('omni.export', { municipalityId: sample.municipalityId, passphrase });
  return { a, sample, file };
}

describe('.omni: export a municipality and import it elsewhere', () => {
  it('round trip into an empty workbook: every row equal, every id new', async () => {
    const { a, sample, file } = await exported();
    expect(file.fileName).toMatch(/^Beiarn \d{4}-\d{2}-\d{2}\.omni$/);
    const b = await harness();
    const preview = await b.ok('omni.preview', { dataBase64: file.dataBase64 });
    expect(preview).toMatchObject({ encrypted: false, existing: null, outcome: { mode: 'new', name: 'Beiarn' } });
    expect(allRows(b.workbook.db)).not.toContain('Beiarn'); // the preview changed nothing
    const result = await b.ok('omni.import', { dataBase64: file.dataBase64, mode: 'new' });
    expect(result.added).toEqual(preview.outcome.added);
    expect(result.added).toMatchObject({
      municipalities: 1,
      units: 3,
      sessions: 2,
      rounds: 1,
      respondents: 8,
      boards: 1,
      cards: 3,
      actions: 2,
    });
    expect(result.municipalityId).not.toBe(sample.municipalityId);
    const original = canonical(a.workbook.db, sample.municipalityId);
    for (const [table, rows] of Object.entries(original))
      expect(rows.length, `${table} has rows in the sample`).toBeGreaterThan(0);
    expect(canonical(b.workbook.db, result.municipalityId)).toEqual(original);
    // The imported work is usable through the API as it was.
    const [round] = await b.ok('rounds.list', { municipalityId: result.municipalityId });
    const resultsA = await a.ok('rounds.results', { id: sample.roundId });
    const resultsB = await b.ok('rounds.results', { id: round.id });
    expect(resultsB.summary).toEqual(resultsA.summary);
    // Nothing of the other municipality came along.
    expect((await b.ok('municipalities.list', {})).map((m) => m.name)).toEqual(['Beiarn']);
  });

  it('round trip with a passphrase (scrypt + AES-256-GCM): the file shows no name and no row', async () => {
    const { a, sample, file } = await exported('riktig hest batteri');
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text).not.toContain('Beiarn');
    expect(JSON.parse(text)).toMatchObject({
      format: 'omniverksted-municipality',
      encryption: { cipher: 'aes-256-gcm', kdf: 'scrypt' },
    });
    const b = await harness();
    const result = await b.ok('omni.import', {
      dataBase64: file.dataBase64,
      passphrase: 'riktig hest batteri',
      mode: 'new',
    });
    expect(canonical(b.workbook.db, result.municipalityId)).toEqual(canonical(a.workbook.db, sample.municipalityId));
  });

  it('finds the municipality already present: merge adds only what is new, copy adds a second one', async () => {
    const { a, sample, file } = await exported();
    const b = await harness();
    const first = await b.ok('omni.import', { dataBase64: file.dataBase64, mode: 'new' });
    // Work done on the second laptop, then brought back.
    await b.ok('units.create', { municipalityId: first.municipalityId, name: 'Ny skole på laptop B', kind: 'school' });
    const [session] = await b.ok('sessions.list', { municipalityId: first.municipalityId });
    await b.ok('sessions.update', { id: session.id, notes: 'endret på B' });
    const back = await b.ok('omni.export', { municipalityId: first.municipalityId });

    const preview = await a.ok('omni.preview', { dataBase64: back.dataBase64 });
    expect(preview.existing).toEqual({ id: sample.municipalityId, name: 'Beiarn' });
    expect(preview.outcome).toMatchObject({ mode: 'merge', added: { units: 1 } });
    expect(Object.values(preview.outcome.added).reduce((x, y) => x + y, 0)).toBe(1);
    const unchanged = allRows(a.workbook.db);
    expect(await a.call('omni.import', { dataBase64: back.dataBase64, mode: 'new' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/finnes allerede/) },
    });
    expect(allRows(a.workbook.db)).toBe(unchanged);

    const merged = await a.ok('omni.import', { dataBase64: back.dataBase64, mode: 'merge' });
    expect(merged.municipalityId).toBe(sample.municipalityId);
    expect((await a.ok('units.list', { municipalityId: sample.municipalityId })).map((u) => u.name)).toContain(
      'Ny skole på laptop B',
    );
    expect(await a.ok('units.list', { municipalityId: sample.municipalityId })).toHaveLength(4);

    const copy = await a.ok('omni.import', { dataBase64: back.dataBase64, mode: 'copy' });
    expect(copy.name).toBe('Beiarn (kopi)');
    expect(copy.added.units).toBe(4);
    expect((await a.ok('municipalities.list', {})).map((m) => m.name).sort()).toEqual([
      'Beiarn',
      'Beiarn (kopi)',
      'Beiarn nabo',
    ]);
  });
});

describe('.omni: a file that cannot be imported is refused with a clear message and changes nothing', () => {
  const cases: [string, (file: string) => string, RegExp, string?][] = [
    [
      'corrupt (a changed byte)',
      (f) => {
        const json = JSON.parse(Buffer.from(f, 'base64').toString('utf8'));
        const payload = Buffer.from(json.payload, 'base64');
        payload[Math.floor(payload.length / 2)] ^= 0xff;
        return Buffer.from(JSON.stringify({ ...json, payload: payload.toString('base64') })).toString('base64');
      },
      /skadet \(kontrollsummen stemmer ikke\)/,
    ],
    [
      'truncated',
      (f) => {
        const b = Buffer.from(f, 'base64');
        return b.subarray(0, Math.floor(b.length * 0.6)).toString('base64');
      },
      /ufullstendig: kopieringen ble trolig avbrutt/,
    ],
    [
      'foreign (a spreadsheet)',
      () => Buffer.from('PK\u0003\u0004 not ours').toString('base64'),
      /ikke en kommune-eksport fra Omniverksted/,
    ],
    [
      'foreign (other JSON)',
      () => Buffer.from(JSON.stringify({ hello: 'world' })).toString('base64'),
      /ikke en kommune-eksport/,
    ],
    [
      'from a newer version',
      (f) => {
        const json = JSON.parse(Buffer.from(f, 'base64').toString('utf8'));
        return Buffer.from(JSON.stringify({ ...json, schemaVersion: json.schemaVersion + 1 })).toString('base64');
      },
      /nyere versjon av Omniverksted/,
    ],
  ];
  it.each(cases)('%s', async (_name, damage, message) => {
    const { file } = await exported();
    const b = await harness();
    await b.ok('municipalities.create', { name: 'Fauske' });
    const before = allRows(b.workbook.db);
    for (const method of ['omni.preview', 'omni.import'] as const) {
      const r = await b.call(method, { dataBase64: damage(file.dataBase64), mode: 'new' });
      expect(r).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(message) } });
    }
    expect(allRows(b.workbook.db)).toBe(before);
  });

  it('a wrong or missing passphrase', async () => {
    const { file } = await exported('riktig hest batteri');
    const b = await harness();
    const before = allRows(b.workbook.db);
    expect(
      await b.call('omni.import', { dataBase64: file.dataBase64, passphrase: 'feil passord', mode: 'new' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Feil passord/) } });
    expect(await b.call('omni.preview', { dataBase64: file.dataBase64 })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/beskyttet med passord/) },
    });
    expect(allRows(b.workbook.db)).toBe(before);
  });

  it('a failure half-way through the import leaves nothing behind (one transaction)', async () => {
    const { file } = await exported();
    const b = await harness();
    const before = allRows(b.workbook.db);
    // A card too long for the table: the last table to import fails.
    const json = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
    const zlib = await import('node:zlib');
    const crypto = await import('node:crypto');
    const rows = JSON.parse(zlib.gunzipSync(Buffer.from(json.payload, 'base64')).toString('utf8'));
    rows.cards[0].text = 'x'.repeat(600);
    const payload = zlib.gzipSync(Buffer.from(JSON.stringify(rows)));
    const broken = {
      ...json,
      payload: payload.toString('base64'),
      checksum: crypto.createHash('sha256').update(payload).digest('hex'),
    };
    const r = await b.call('omni.import', {
      dataBase64: Buffer.from(JSON.stringify(broken)).toString('base64'),
      mode: 'new',
    });
    expect(r.ok).toBe(false);
    expect(allRows(b.workbook.db)).toBe(before);
  });
});
