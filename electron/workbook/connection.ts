// Opening the workbook: refuse anything that is not ours (never writing to
// it), back up, migrate in one transaction, and set the pragmas.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/result';
import { t } from '../../shared/i18n';
import { LATEST_VERSION, assertMigrationsValid, migrations as defaultMigrations, type Migration } from './migrations';
import { backupWorkbook, backupsDirFor, hasBackupForDay } from './backup';

/** PRAGMA application_id of every Omniverksted workbook ("Omni"). */
export const APPLICATION_ID = 0x4f6d6e69;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export class WorkbookRefusedError extends ApiError {
  constructor(
    message: string,
    readonly reason: 'not_a_workbook' | 'corrupt' | 'newer' | 'not_a_file',
  ) {
    super('refused', message);
    this.name = 'WorkbookRefusedError';
  }
}

export interface Workbook {
  readonly db: Database.Database;
  readonly path: string;
  readonly backupsDir: string;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenOptions {
  /** Path to a better-sqlite3 .node built for this runtime (Electron). */
  nativeBinding?: string;
  now?: () => Date;
  /** For tests of the migration machinery only. */
  migrations?: readonly Migration[];
}

function inspectExisting(file: string, nativeBinding: string | undefined, latest: number): void {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(100);
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new WorkbookRefusedError(t('refused.notAWorkbook', { path: file }), 'not_a_workbook');
  }
  // A read-only look at a WAL file makes -wal/-shm companions: remove the
  // ones this look made, so a refused file is left exactly as it was.
  const companions = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new WorkbookRefusedError(t('refused.notAWorkbook', { path: file }), 'not_a_workbook');
    }
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new WorkbookRefusedError(t('refused.newer', { path: file, found: version, supported: latest }), 'newer');
    }
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new WorkbookRefusedError(t('refused.corrupt', { path: file }), 'corrupt');
  } catch (err) {
    if (err instanceof WorkbookRefusedError) throw err;
    // SQLITE_CORRUPT, SQLITE_NOTADB, a truncated file ...
    throw new WorkbookRefusedError(t('refused.corrupt', { path: file }), 'corrupt');
  } finally {
    probe?.close();
    for (const f of companions) fs.rmSync(f, { force: true });
  }
}

export async function openWorkbook(filePath: string, options: OpenOptions = {}): Promise<Workbook> {
  const file = path.resolve(filePath);
  const now = options.now ?? (() => new Date());
  const list = options.migrations ?? defaultMigrations;
  assertMigrationsValid(list);
  const latest = list.length === 0 ? 0 : list[list.length - 1].version;

  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new WorkbookRefusedError(t('refused.notAFile', { path: file }), 'not_a_file');
  const isNew = !stat || (stat.size === 0 && !fs.existsSync(`${file}-wal`));
  if (isNew) fs.mkdirSync(path.dirname(file), { recursive: true });
  else inspectExisting(file, options.nativeBinding, latest);

  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    const version = db.pragma('user_version', { simple: true }) as number;
    if (!isNew && version < latest) await backupWorkbook(db, file, `before-v${latest}`, now());
    if (version < latest) {
      db.transaction(() => {
        for (const m of list.filter((m) => m.version > version)) m.up(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${latest}`);
      })();
    }
    if (!isNew && !hasBackupForDay(file, now())) await backupWorkbook(db, file, 'daily', now());
  } catch (err) {
    db.close();
    throw err;
  }

  return {
    db,
    path: file,
    backupsDir: backupsDirFor(file),
    schemaVersion: latest,
    close() {
      if (!db.open) return;
      try {
        db.pragma('optimize');
      } finally {
        db.close();
      }
    },
  };
}

export { LATEST_VERSION };
