// Real disk faults for tests: a small tmpfs that fills up, a read-only mount.
// Root ignores file modes (chmod 444 does not stop it), but not a read-only
// mount or a full file system. Mounting needs root (or CAP_SYS_ADMIN): where
// the machine does not allow it, each helper returns null and the test skips
// itself with a note saying so (a skip is never counted as passed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './server';

const run = (args: string[]) => spawnSync('mount', args, { encoding: 'utf8' }).status === 0;
const unmount = (target: string) => {
  spawnSync('umount', ['-l', target]);
};

export const MOUNT_SKIP = 'needs root or CAP_SYS_ADMIN to mount a tmpfs (not available on this machine)';

export interface Mount {
  dir: string;
  /** Make the mounted folder read-only (a write-protected USB stick, a locked share). */
  readOnly(): boolean;
  release(): void;
}

/** A tmpfs of `sizeKb` at `dir` (made if missing), or null where mounting is not allowed. */
export function mountTmpfs(sizeKb: number, dir = path.join(tempDir(), 'disk')): Mount | null {
  fs.mkdirSync(dir, { recursive: true });
  if (!run(['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir])) return null;
  return {
    dir,
    readOnly: () => run(['-o', 'remount,ro', dir]),
    release: () => unmount(dir),
  };
}

/** The file itself read-only (its folder stays writable), or null where not allowed. */
export function bindReadOnly(file: string): (() => void) | null {
  if (!run(['--bind', file, file])) return null;
  if (!run(['-o', 'remount,ro,bind', file, file])) {
    unmount(file);
    return null;
  }
  return () => unmount(file);
}

/** Fill the file system `dir` lies on until it has no byte left. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch {
    // ENOSPC: full. Top up with single bytes.
    try {
      for (;;) fs.writeSync(fd, chunk, 0, 1);
    } catch {
      /* full to the last byte */
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
