// Online backups into `backups/` beside the workbook, newest 10 kept.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export const BACKUPS_KEPT = 10;
const BACKUP_SUFFIX = '.backup.sqlite';

export function backupsDirFor(workbookPath: string): string {
  return path.join(path.dirname(path.resolve(workbookPath)), 'backups');
}

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
const dayOf = (now: Date) => stamp(now).slice(0, 10);

/** Backup files of this workbook, oldest first (names sort by time). */
export function listBackups(workbookPath: string): string[] {
  const dir = backupsDirFor(workbookPath);
  const base = path.basename(workbookPath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith(BACKUP_SUFFIX))
    .sort()
    .map((f) => path.join(dir, f));
}

export function hasBackupForDay(workbookPath: string, now: Date): boolean {
  const prefix = `${path.basename(workbookPath)}.${dayOf(now)}`;
  return listBackups(workbookPath).some((f) => path.basename(f).startsWith(prefix));
}

/** Copy the open database with SQLite's online backup, then prune old copies. */
export async function backupWorkbook(
  db: Database.Database,
  workbookPath: string,
  reason: 'daily' | `before-v${number}`,
  now: Date = new Date(),
): Promise<string> {
  const dir = backupsDirFor(workbookPath);
  fs.mkdirSync(dir, { recursive: true });
  let target = path.join(dir, `${path.basename(workbookPath)}.${stamp(now)}.${reason}${BACKUP_SUFFIX}`);
  for (let i = 2; fs.existsSync(target); i++) {
    target = path.join(dir, `${path.basename(workbookPath)}.${stamp(now)}.${reason}-${i}${BACKUP_SUFFIX}`);
  }
  await db.backup(target);
  pruneBackups(workbookPath);
  return target;
}

export function pruneBackups(workbookPath: string, keep = BACKUPS_KEPT): void {
  const all = listBackups(workbookPath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
}
