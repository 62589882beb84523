// Opening the workbook: refuse anything that is not ours (never writing to
// it), take the one lock, back up, migrate in one transaction, and set the
// pragmas. What the disk does (a read-only file or folder, a full disk, a
// broken backups folder) is said in Norwegian and never stops a workbook that
// can be read from opening.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/result';
import { t, type MessageKey } from '../../shared/i18n';
import { LATEST_VERSION, assertMigrationsValid, migrations as defaultMigrations, type Migration } from './migrations';
import {
  APPLICATION_ID,
  BackupFailedError,
  FULL_CHECK_MAX_BYTES,
  PRIVATE_DIR,
  PRIVATE_FILE,
  backupWorkbook,
  backupsDirFor,
  hasBackupForDay,
  wholeBySize,
} from './backup';
import { diskProblem, errorCode, writable } from './disk';

export { APPLICATION_ID };
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type RefusedReason =
  | 'not_a_workbook'
  | 'corrupt'
  | 'newer'
  | 'not_a_file'
  | 'in_use'
  | 'folder_not_writable'
  | 'not_a_folder'
  | 'read_only_upgrade'
  | 'backup_failed'
  | 'disk_full';

export class WorkbookRefusedError extends ApiError {
  constructor(
    message: string,
    readonly reason: RefusedReason,
  ) {
    super('refused', message);
    this.name = 'WorkbookRefusedError';
  }
}

/** Why a workbook was opened for reading only: the file, or the folder it lies in, cannot be written. */
export type ReadOnlyReason = 'file' | 'folder';

export interface Workbook {
  readonly db: Database.Database;
  readonly path: string;
  readonly backupsDir: string;
  readonly schemaVersion: number;
  /** Set when the workbook is open for reading only; no write is attempted. */
  readonly readOnly?: ReadOnlyReason;
  /** Norwegian warnings for the guide (a backup that could not be made ...). */
  readonly warnings: string[];
  readonly nativeBinding?: string;
  /** Settles when today's backup (made after opening) is written or has failed (then `warnings` says so). */
  readonly backupDone: Promise<void>;
  close(): void;
}

export interface OpenOptions {
  /** Path to a better-sqlite3 .node built for this runtime (Electron). */
  nativeBinding?: string;
  now?: () => Date;
  /** For tests of the migration machinery only. */
  migrations?: readonly Migration[];
}

const refused = (key: MessageKey, reason: RefusedReason, params: Record<string, string | number>) =>
  new WorkbookRefusedError(t(key, params), reason);

/** Words for a backup that failed, for the warning. */
export function backupFailureDetail(err: unknown): string {
  const cause = err instanceof BackupFailedError ? err.cause : err;
  if (err instanceof BackupFailedError && err.broken) return t('backup.reason.broken');
  switch (diskProblem(cause)) {
    case 'full':
      return t('backup.reason.diskFull');
    case 'notAFolder':
      return t('backup.reason.notAFolder');
    case 'readOnly':
      return t('backup.reason.notWritable');
    default:
      return t('backup.reason.other', { detail: cause instanceof Error ? cause.message : String(cause) });
  }
}

function inspectExisting(file: string, shownPath: string, nativeBinding: string | undefined, latest: number): void {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(100);
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw refused('refused.notAWorkbook', 'not_a_workbook', { path: shownPath });
  }
  // A read-only look at a WAL file makes -wal/-shm companions: remove the
  // ones this look made, so a refused file is left exactly as it was.
  const companions = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding, timeout: 0 });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw refused('refused.notAWorkbook', 'not_a_workbook', { path: shownPath });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > latest)
      throw refused('refused.newer', 'newer', { path: shownPath, found: version, supported: latest });
    // Every page for a workbook of normal size; for a very large one the
    // structure (page count, schema, each table's first page) so it still
    // opens in under a second.
    // (Pages still in the WAL, e.g. after a checkpoint a full disk stopped, make up the rest.)
    const walBytes = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (walBytes === 0 && !wholeBySize(file)) throw refused('refused.corrupt', 'corrupt', { path: shownPath });
    const tables = probe
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    for (const table of tables) probe.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" LIMIT 1`).all();
    if (fs.statSync(file).size <= FULL_CHECK_MAX_BYTES && probe.pragma('quick_check', { simple: true }) !== 'ok') {
      throw refused('refused.corrupt', 'corrupt', { path: shownPath });
    }
  } catch (err) {
    if (err instanceof WorkbookRefusedError) throw err;
    // Another process holds the workbook's lock: it is in use, not damaged.
    if (diskProblem(err) === 'busy') throw refused('refused.inUse', 'in_use', { path: shownPath });
    if (diskProblem(err) === 'readOnly')
      throw refused('refused.folderNotWritable', 'folder_not_writable', { path: path.dirname(shownPath) });
    // SQLITE_CORRUPT, SQLITE_NOTADB, a truncated file ...
    throw refused('refused.corrupt', 'corrupt', { path: shownPath });
  } finally {
    probe?.close();
    for (const f of companions) fs.rmSync(f, { force: true });
  }
}

/** A folder SQLite cannot write in cannot hold the WAL: read a private copy instead. */
function readableCopy(file: string): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omni-readonly-'));
  fs.chmodSync(dir, PRIVATE_DIR);
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return { file: copy, dir };
}

/** The folder for a new workbook: made if missing, and able to hold it. */
function prepareNewFile(file: string): void {
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    if (diskProblem(err) === 'notAFolder') throw refused('refused.notAFolder', 'not_a_folder', { path: dir });
    throw refused('refused.folderNotWritable', 'folder_not_writable', { path: dir });
  }
  if (!fs.statSync(dir).isDirectory()) throw refused('refused.notAFolder', 'not_a_folder', { path: dir });
  if (!writable(dir)) throw refused('refused.folderNotWritable', 'folder_not_writable', { path: dir });
  try {
    // Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
    fs.closeSync(fs.openSync(file, fs.existsSync(file) ? 'r+' : 'wx', PRIVATE_FILE));
    fs.chmodSync(file, PRIVATE_FILE);
  } catch (err) {
    if (diskProblem(err) === 'full') throw refused('refused.diskFull', 'disk_full', { path: file });
    throw refused('refused.folderNotWritable', 'folder_not_writable', { path: dir });
  }
}

export async function openWorkbook(filePath: string, options: OpenOptions = {}): Promise<Workbook> {
  const file = path.resolve(filePath);
  const now = options.now ?? (() => new Date());
  const list = options.migrations ?? defaultMigrations;
  const nativeBinding = options.nativeBinding;
  assertMigrationsValid(list);
  const latest = list.length === 0 ? 0 : list[list.length - 1].version;

  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch (err) {
    if (diskProblem(err) === 'notAFolder')
      throw refused('refused.notAFolder', 'not_a_folder', { path: path.dirname(file) });
    throw err;
  }
  if (stat && !stat.isFile()) throw refused('refused.notAFile', 'not_a_file', { path: file });
  const isNew = !stat || (stat.size === 0 && !fs.existsSync(`${file}-wal`));

  let readOnly: ReadOnlyReason | undefined;
  let target = file;
  let copyDir: string | undefined;
  if (isNew) prepareNewFile(file);
  else {
    // A read-only folder (or mount) makes the file read-only too: say the folder.
    readOnly = !writable(path.dirname(file)) ? 'folder' : !writable(file) ? 'file' : undefined;
    if (readOnly === 'folder') ({ file: target, dir: copyDir } = readableCopy(file));
    inspectExisting(target, file, nativeBinding, latest);
  }
  const dropCopy = () => copyDir && fs.rmSync(copyDir, { recursive: true, force: true });

  const warnings: string[] = [];
  let backupDone: Promise<void> = Promise.resolve();
  let db: Database.Database;
  try {
    db = new Database(target, { nativeBinding, readonly: readOnly !== undefined, fileMustExist: !isNew, timeout: 0 });
  } catch (err) {
    dropCopy();
    throw err;
  }
  try {
    if (readOnly) {
      db.pragma('foreign_keys = ON');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version < latest) throw refused('refused.readOnlyUpgrade', 'read_only_upgrade', { path: file });
    } else {
      // One process per workbook: SQLite's own lock, held from here until close
      // (released by the system if the process dies). Exclusive mode also keeps
      // the WAL index in memory: no -shm file to fail on a full disk.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      if (!isNew) tightenModes(file);

      const version = db.pragma('user_version', { simple: true }) as number;
      if (!isNew && version < latest) {
        try {
          await backupWorkbook(db, file, `before-v${latest}`, now(), nativeBinding);
        } catch (err) {
          throw refused('refused.backupBeforeUpgrade', 'backup_failed', {
            path: file,
            detail: backupFailureDetail(err),
          });
        }
      }
      if (version < latest) {
        db.transaction(() => {
          for (const m of list.filter((m) => m.version > version)) m.up(db);
          db.pragma(`application_id = ${APPLICATION_ID}`);
          db.pragma(`user_version = ${latest}`);
        })();
      }
      // The daily backup runs after the workbook is open (a large workbook
      // takes seconds to copy; the guide does not wait). A failure is a
      // warning, never a reason not to open.
      if (!isNew && !hasBackupForDay(file, now(), nativeBinding)) {
        const day = now();
        backupDone = new Promise<void>((resolve) => setImmediate(resolve))
          .then(() => backupWorkbook(db, file, 'daily', day, nativeBinding))
          .then(
            () => undefined,
            (err: unknown) => {
              // Closed before it finished: tomorrow's open (or the next one today) tries again.
              if (!db.open) return;
              warnings.push(t('backup.warningFailed', { detail: backupFailureDetail(err), dir: backupsDirFor(file) }));
            },
          );
      }
    }
  } catch (err) {
    closeQuietly(db, true);
    dropCopy();
    if (err instanceof WorkbookRefusedError) throw err;
    const problem = diskProblem(err);
    if (problem === 'busy') throw refused('refused.inUse', 'in_use', { path: file });
    if (problem === 'full') throw refused('refused.diskFull', 'disk_full', { path: file });
    if (problem === 'readOnly')
      throw refused('refused.folderNotWritable', 'folder_not_writable', { path: path.dirname(file) });
    throw err;
  }

  return {
    db,
    path: file,
    backupsDir: backupsDirFor(file),
    schemaVersion: latest,
    readOnly,
    warnings,
    nativeBinding,
    backupDone,
    close() {
      closeQuietly(db, readOnly !== undefined);
      dropCopy();
    },
  };
}

/** Workbooks made before 0600 was the rule: make them owner-only (best effort). */
function tightenModes(file: string): void {
  for (const f of [file, `${file}-wal`]) {
    try {
      if (fs.existsSync(f) && (fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, PRIVATE_FILE);
    } catch {
      // Not ours to change (another owner): leave it.
    }
  }
}

/** Closing never throws: on a full or read-only disk the optimize and checkpoint may fail, the data is already safe. */
function closeQuietly(db: Database.Database, readOnly: boolean): void {
  if (!db.open) return;
  if (!readOnly) {
    try {
      db.pragma('optimize');
    } catch (err) {
      if (!diskProblem(err)) console.error(err);
    }
  }
  try {
    db.close();
  } catch (err) {
    console.error(errorCode(err) || err);
  }
}

export { LATEST_VERSION };
