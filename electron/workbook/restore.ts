// Backups the guide can see: list, make one now, restore one.
// A restore first backs up the workbook as it is, checks the chosen copy from
// end to end (integrity_check, ours, not newer), brings a copy of it to
// today's schema in a temporary folder, and only then replaces every row of
// the open workbook in one transaction: a failure at any point leaves the
// workbook as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupEntry } from '../../shared/backups';
import { ApiError } from '../../shared/api/result';
import { t } from '../../shared/i18n';
import { PRIVATE_DIR, backupWorkbook, checkWorkbookCopy, describeBackupName, listBackups, tablesOf } from './backup';
import { WorkbookRefusedError, backupFailureDetail, openWorkbook, type Workbook } from './connection';

export function backupEntries(workbook: Workbook): BackupEntry[] {
  return listBackups(workbook.path)
    .reverse()
    .flatMap((file) => {
      const named = describeBackupName(file);
      if (!named) return [];
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) return [];
      const kind = named.reason.startsWith('before-v') ? 'before-upgrade' : (named.reason as BackupEntry['kind']);
      return [{ name: path.basename(file), kind, createdAt: named.stamp, bytes: stat.size }];
    });
}

export async function backupNow(
  workbook: Workbook,
  reason: 'manual' | 'before-restore' = 'manual',
): Promise<BackupEntry> {
  try {
    const file = await backupWorkbook(workbook.db, workbook.path, reason, new Date(), workbook.nativeBinding);
    return backupEntries(workbook).find((e) => e.name === path.basename(file))!;
  } catch (err) {
    throw new ApiError('refused', t('backups.failed', { detail: backupFailureDetail(err) }));
  }
}

export async function restoreBackup(
  workbook: Workbook,
  name: string,
): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry }> {
  const chosen = listBackups(workbook.path).find((f) => path.basename(f) === name);
  if (!chosen) throw new ApiError('not_found', t('backups.notFound'));
  const entry = backupEntries(workbook).find((e) => e.name === name)!;
  // 1. The chosen copy, checked from end to end before anything else happens.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omni-restore-'));
  fs.chmodSync(tmp, PRIVATE_DIR);
  try {
    const copy = path.join(tmp, 'restore.omni.sqlite');
    fs.copyFileSync(chosen, copy);
    if (!checkWorkbookCopy(copy, [], true, workbook.nativeBinding))
      throw new ApiError('refused', t('backups.restoreBroken', { name }));
    // 2. Brought to today's schema (a backup made before an upgrade is older).
    let upgraded: Workbook;
    try {
      upgraded = await openWorkbook(copy, { nativeBinding: workbook.nativeBinding });
    } catch (err) {
      if (err instanceof WorkbookRefusedError && err.reason === 'newer') throw new ApiError('refused', err.message);
      throw new ApiError('refused', t('backups.restoreBroken', { name }));
    }
    upgraded.close();
    // 3. The workbook as it is now, kept first.
    const safetyCopy = await backupNow(workbook, 'before-restore');
    // 4. Every row replaced in one transaction.
    const db = workbook.db;
    const tables = tablesOf(db);
    db.exec(`ATTACH DATABASE '${copy.replace(/'/g, "''")}' AS restored`);
    try {
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const table of tables) db.exec(`DELETE FROM main."${table}"`);
        for (const table of tables) {
          const columns = (db.prepare(`PRAGMA main.table_info("${table}")`).all() as { name: string }[])
            .map((c) => `"${c.name}"`)
            .join(', ');
          db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM restored."${table}"`);
        }
      })();
    } finally {
      db.exec('DETACH DATABASE restored');
    }
    return { restored: entry, safetyCopy };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
