// Fixture workbooks of earlier schema versions: a file migrated to version N
// (the shipped migrations 1..N, untouched) holding representative rows. The
// rows come from a sample filled through today's API, each table's rows copied
// with the columns version N has. Run once per new version and commit:
//   npx tsx tests/support/make-fixtures.ts 3 4
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/workbook/connection';
import { migrations } from '../../electron/workbook/migrations';
import { fillSample } from './sample';
import { openHarness, tempDir } from './workbook';

export const fixturePath = (version: number) =>
  path.join(import.meta.dirname, '..', 'fixtures', `workbook-v${version}.omni.sqlite`);

async function make(version: number, source: string): Promise<void> {
  const file = fixturePath(version);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.transaction(() => {
    for (const m of migrations.filter((m) => m.version <= version)) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${version}`);
  })();
  db.exec(`ATTACH '${source.replace(/'/g, "''")}' AS src`);
  db.pragma('foreign_keys = OFF');
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  db.transaction(() => {
    for (const table of tables) {
      const here = db
        .prepare(`PRAGMA main.table_info(${table})`)
        .all()
        .map((c) => (c as { name: string }).name);
      const there = new Set(
        db
          .prepare(`PRAGMA src.table_info(${table})`)
          .all()
          .map((c) => (c as { name: string }).name),
      );
      const columns = here.filter((c) => there.has(c)).join(', ');
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table}`);
    }
  })();
  db.exec('DETACH src');
  db.exec('VACUUM');
  db.close();
  console.log(`wrote ${file}`);
}

const versions = process.argv
  .slice(2)
  .map(Number)
  .filter((v) => Number.isInteger(v) && v >= 1);
if (versions.length > 0) {
  const h = await openHarness(path.join(tempDir(), 'sample.omni.sqlite'));
  await fillSample(h);
  h.workbook.db.pragma('wal_checkpoint(TRUNCATE)');
  h.close();
  for (const v of versions) await make(v, h.file);
}
