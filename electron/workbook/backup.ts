// Online backups into `backups/` beside the workbook, newest 10 kept.
// A backup is written under a temporary name, checked (integrity_check, every
// table of the workbook present), and only then renamed: a copy cut short by a
// kill or a full disk never carries a backup's name and is never counted.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const BACKUPS_KEPT = 10;
const BACKUP_SUFFIX = '.backup.sqlite';
const PARTIAL_SUFFIX = '.partial';
/** Workbooks and backups hold names and notes about staff: only the owner may read them. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

export type BackupReason = 'daily' | 'manual' | 'before-restore' | `before-v${number}`;

export function backupsDirFor(workbookPath: string): string {
  return path.join(path.dirname(path.resolve(workbookPath)), 'backups');
}

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
const dayOf = (now: Date) => stamp(now).slice(0, 10);

/**
 * Names sort by time; copies made within one second carry -2, -3 ... (see backupWorkbook), which
 * sort by number here: "manual-10" after "manual-9", and the first copy ("manual") before "manual-2".
 */
const sortKey = (name: string) =>
  name.replace(/(?:-(\d+))?\.backup\.sqlite$/, (_, n: string | undefined) => `.${(n ?? '1').padStart(6, '0')}`);

/** Backup files of this workbook, oldest first. */
export function listBackups(workbookPath: string): string[] {
  const dir = backupsDirFor(workbookPath);
  const base = path.basename(workbookPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith(BACKUP_SUFFIX))
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    .map((f) => path.join(dir, f));
}

/** The kind and time a backup's name records. */
export function describeBackupName(file: string): { reason: string; stamp: string } | undefined {
  const m = /\.(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})\.([a-z0-9-]+?)(?:-\d+)?\.backup\.sqlite$/.exec(
    path.basename(file),
  );
  return m ? { reason: m[5], stamp: `${m[1]}T${m[2]}:${m[3]}:${m[4]}` } : undefined;
}

/** PRAGMA application_id of every Omniverksted workbook ("Omni"). */
export const APPLICATION_ID = 0x4f6d6e69;

/**
 * Every page is read (integrity_check) for files up to this size; above it a
 * check would take seconds per 100 MB, so the structure is checked instead:
 * the header's page count against the file's size, our application id, every
 * table present and its first page readable.
 */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/** The file holds as many pages as its header says (a copy or a file cut short does not). */
export function wholeBySize(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    const pages = header.readUInt32BE(28);
    // Page count is valid when the change counter matches "version-valid-for" (SQLite 3.7.0+).
    if (header.readUInt32BE(24) !== header.readUInt32BE(92) || pages === 0) return true;
    return fs.fstatSync(fd).size >= pageSize * pages;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Is this a whole workbook? `full` runs integrity_check on every page when the file is small enough
 * (see FULL_CHECK_MAX_BYTES).
 */
export function checkWorkbookCopy(
  file: string,
  expectedTables: readonly string[],
  full: boolean,
  nativeBinding?: string,
): boolean {
  let db: Database.Database | undefined;
  try {
    if (!wholeBySize(file)) return false;
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return false;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    if (tables.size === 0 || !expectedTables.every((t) => tables.has(t))) return false;
    for (const table of expectedTables) db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" LIMIT 1`).all();
    if (
      full &&
      fs.statSync(file).size <= FULL_CHECK_MAX_BYTES &&
      db.pragma('integrity_check', { simple: true }) !== 'ok'
    )
      return false;
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

export const tablesOf = (db: Database.Database): string[] =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];

/** A whole backup made today (a broken file with today's name does not count). */
export function hasBackupForDay(workbookPath: string, now: Date, nativeBinding?: string): boolean {
  const prefix = `${path.basename(workbookPath)}.${dayOf(now)}`;
  return listBackups(workbookPath).some(
    (f) => path.basename(f).startsWith(prefix) && checkWorkbookCopy(f, [], false, nativeBinding),
  );
}

export class BackupFailedError extends Error {
  constructor(
    readonly cause: unknown,
    readonly broken = false,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BackupFailedError';
  }
}

/** Copy the open database with SQLite's online backup, check it, then prune old copies. */
export async function backupWorkbook(
  db: Database.Database,
  workbookPath: string,
  reason: BackupReason,
  now: Date = new Date(),
  nativeBinding?: string,
): Promise<string> {
  const dir = backupsDirFor(workbookPath);
  const base = path.basename(workbookPath);
  let partial: string | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    // Leftovers of a copy that was cut short.
    for (const f of fs.readdirSync(dir))
      if (f.startsWith(`${base}.`) && f.endsWith(PARTIAL_SUFFIX)) fs.rmSync(path.join(dir, f), { force: true });
    // Another copy within the same second takes the next number after every copy of that second
    // (not the first free name: a pruned "manual" would come back as the oldest and be pruned at once).
    const prefix = `${base}.${stamp(now)}.${reason}`;
    const taken = fs.readdirSync(dir).flatMap((f) => {
      const m = f.startsWith(prefix) ? /^(?:-(\d+))?\.backup\.sqlite$/.exec(f.slice(prefix.length)) : null;
      return m ? [Number(m[1] ?? 1)] : [];
    });
    const next = Math.max(0, ...taken) + 1;
    const target = path.join(dir, next === 1 ? `${prefix}${BACKUP_SUFFIX}` : `${prefix}-${next}${BACKUP_SUFFIX}`);
    partial = `${target}${PARTIAL_SUFFIX}`;
    fs.writeFileSync(partial, '', { mode: PRIVATE_FILE, flag: 'w' });
    await db.backup(partial);
    fs.chmodSync(partial, PRIVATE_FILE);
    // A backup is one self-contained file: no WAL beside it once it is checked or copied.
    const copy = new Database(partial, { nativeBinding });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    if (!checkWorkbookCopy(partial, tablesOf(db), true, nativeBinding))
      throw new BackupFailedError(new Error('backup check failed'), true);
    fs.renameSync(partial, target);
    partial = undefined;
    pruneBackups(workbookPath);
    return target;
  } catch (err) {
    if (partial) fs.rmSync(partial, { force: true });
    throw err instanceof BackupFailedError ? err : new BackupFailedError(err);
  }
}

export function pruneBackups(workbookPath: string, keep = BACKUPS_KEPT): void {
  const all = listBackups(workbookPath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
}
