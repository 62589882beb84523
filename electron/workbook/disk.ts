// What the disk said, in words a guide can act on. SQLite and Node report the
// same few problems under many codes (SQLITE_FULL / ENOSPC, SQLITE_READONLY_* /
// EROFS / EACCES ...): one place maps them.
import fs from 'node:fs';
import type { MessageKey } from '../../shared/i18n';

export type DiskProblem = 'full' | 'readOnly' | 'busy' | 'io' | 'notAFolder';

export function errorCode(err: unknown): string {
  return err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : '';
}

export function diskProblem(err: unknown): DiskProblem | undefined {
  const code = errorCode(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_IOERR_WRITE_FULL')
    return 'full';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_PERM'
  )
    return 'readOnly';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'notAFolder';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    // SQLite reports a full disk during a write as an I/O error on some systems.
    return /full|no space/i.test(err instanceof Error ? err.message : '') ? 'full' : 'io';
  }
  return undefined;
}

/** The message for a failed write, or undefined when it was no disk problem. */
export const WRITE_MESSAGES: Record<DiskProblem, MessageKey> = {
  full: 'disk.full',
  readOnly: 'disk.readOnly',
  busy: 'disk.busy',
  io: 'disk.io',
  notAFolder: 'disk.readOnly',
};

/** Is this folder (or file) writable by us? Root passes every mode check, but not a read-only mount. */
export function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
