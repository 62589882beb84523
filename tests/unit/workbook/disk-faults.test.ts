// The ten faults of issue 13 that live in the workbook: each test failed on the
// code before the fix. Disk faults are real (tmpfs, read-only mounts), never mocked.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbookRefusedError, openWorkbook, type Workbook } from '../../../electron/workbook/connection';
import { backupsDirFor, listBackups } from '../../../electron/workbook/backup';
import { MOUNT_SKIP, bindReadOnly, fillDisk, mountTmpfs } from '../../support/mounts';
import { openHarness, sha256, tempDir, type Harness } from '../../support/workbook';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);
const later = (f: () => void) => cleanups.push(f);

/** A closed workbook with a municipality and `units` units in `dir`. */
async function madeWorkbook(dir = tempDir(), units = 5): Promise<{ file: string; municipalityId: string }> {
  const h = await openHarness(path.join(dir, 'workbook.omni.sqlite'));
  const m = await h.ok('municipalities.create', { name: 'Beiarn' });
  for (let i = 0; i < units; i++)
    await h.ok('units.create', { municipalityId: m.id, name: `Enhet ${i} ${'x'.repeat(100)}`, kind: 'school' });
  h.close();
  return { file: h.file, municipalityId: m.id };
}
const tomorrow = () => new Date(Date.now() + 86_400_000);

async function harnessOn(file: string, now?: () => Date): Promise<Harness> {
  const h = await openHarness(file, now ? { now } : {});
  later(() => h.close());
  return h;
}

async function refusal(file: string): Promise<WorkbookRefusedError> {
  const err = await openWorkbook(file).then(
    (w: Workbook) => {
      w.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookRefusedError);
  return err as WorkbookRefusedError;
}

describe('fault 1: a daily backup that fails never stops the workbook from opening', () => {
  it('when «backups» is a file: opens, warns in Norwegian, and every write still works', async () => {
    const { file, municipalityId } = await madeWorkbook();
    fs.rmSync(backupsDirFor(file), { recursive: true, force: true });
    fs.writeFileSync(backupsDirFor(file), 'ikke en mappe');
    const h = await harnessOn(file, tomorrow);
    expect(h.workbook.warnings).toHaveLength(1);
    expect(h.workbook.warnings[0]).toMatch(/sikkerhetskopi kunne ikke lages \(«backups» er en fil, ikke en mappe\)/);
    expect((await h.ok('workbook.info', {})).warnings).toEqual(h.workbook.warnings);
    await h.ok('units.create', { municipalityId, name: 'Ny skole', kind: 'school' });
    expect(await h.ok('units.list', { municipalityId })).toHaveLength(6);
  });

  it('when the backups folder cannot be written (read-only mount): opens with a warning', async (ctx) => {
    const { file } = await madeWorkbook();
    const mount = mountTmpfs(256, backupsDirFor(file));
    if (!mount || !mount.readOnly()) return ctx.skip(MOUNT_SKIP);
    later(mount.release);
    const h = await harnessOn(file, tomorrow);
    expect(h.workbook.warnings[0]).toMatch(/mappa kan ikke skrives til/);
    expect(await h.ok('municipalities.list', {})).toHaveLength(1);
  });

  it('when the disk of the backups folder is full: opens with a warning and leaves no half copy', async (ctx) => {
    const { file } = await madeWorkbook(tempDir(), 400);
    expect(fs.statSync(file).size).toBeGreaterThan(64 * 1024);
    const mount = mountTmpfs(64, backupsDirFor(file));
    if (!mount) return ctx.skip(MOUNT_SKIP);
    later(mount.release);
    const h = await harnessOn(file, tomorrow);
    expect(h.workbook.warnings[0]).toMatch(/disken er full/);
    expect(fs.readdirSync(mount.dir)).toEqual([]);
    expect(listBackups(file)).toEqual([]);
  });
});

describe('fault 2: a backup cut short is never counted', () => {
  it('a file with today’s name and no tables (a kill mid-copy) does not stop today’s real backup', async () => {
    const { file } = await madeWorkbook();
    const now = () => new Date(2026, 5, 1, 9, 0, 0);
    const dir = backupsDirFor(file);
    fs.mkdirSync(dir, { recursive: true });
    const broken = path.join(dir, `${path.basename(file)}.2026-06-01_083000.daily.backup.sqlite`);
    new Database(broken).close(); // what a kill during the old copy left: a SQLite file without tables
    fs.writeFileSync(
      `${path.join(dir, path.basename(file))}.2026-06-01_084000.daily.backup.sqlite.partial`,
      'halv kopi',
    );
    const h = await harnessOn(file, now);
    const today = listBackups(file).filter((b) => b.includes('2026-06-01'));
    expect(today).toHaveLength(2);
    const fresh = today.find((b) => b !== broken)!;
    const copy = new Database(fresh, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM units').pluck().get()).toBe(5);
    copy.close();
    // The leftover of a copy cut short is gone, and no half file carries a backup's name.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    h.close();
  });

  it('a backup is written under a temporary name and renamed only after its check', async () => {
    const { file } = await madeWorkbook();
    const h = await harnessOn(file, tomorrow);
    const [made] = listBackups(file);
    expect(made).toMatch(/\.daily\.backup\.sqlite$/);
    expect(new Database(made, { readonly: true }).prepare('SELECT count(*) FROM municipalities').pluck().get()).toBe(1);
    h.close();
  });
});

describe('fault 3: a read-only workbook file is opened for reading on purpose', () => {
  it('shows everything, refuses writes before trying them, says why, and closes without a crash', async (ctx) => {
    const { file, municipalityId } = await madeWorkbook();
    const release = bindReadOnly(file);
    if (!release) return ctx.skip(MOUNT_SKIP);
    later(release);
    const before = sha256(file);
    const h = await openHarness(file);
    expect(h.workbook.readOnly).toBe('file');
    expect(h.workbook.warnings).toEqual([]);
    const info = await h.ok('workbook.info', {});
    expect(info.readOnly).toBe('file');
    expect(info.readOnlyMessage).toMatch(/skrivebeskyttet.*bare for lesing.*fjern skrivebeskyttelsen/s);
    expect(await h.ok('units.list', { municipalityId })).toHaveLength(5);
    expect((await h.ok('statementSets.list', {})).length).toBeGreaterThanOrEqual(0);
    const write = await h.call('units.create', { municipalityId, name: 'Ny', kind: 'school' });
    expect(write).toEqual({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/bare for lesing, så ingenting ble lagret/) },
    });
    expect(() => h.close()).not.toThrow();
    expect(sha256(file)).toBe(before);
  });
});

describe('fault 4: a workbook in a read-only folder', () => {
  it('is not called damaged: it opens for reading with the real reason', async (ctx) => {
    const mount = mountTmpfs(2048);
    if (!mount) return ctx.skip(MOUNT_SKIP);
    later(mount.release);
    const { file, municipalityId } = await madeWorkbook(mount.dir);
    if (!mount.readOnly()) return ctx.skip(MOUNT_SKIP);
    const h = await openHarness(file);
    expect(h.workbook.readOnly).toBe('folder');
    expect((await h.ok('workbook.info', {})).readOnlyMessage).toMatch(/Mappa arbeidsboka ligger i er skrivebeskyttet/);
    expect(await h.ok('units.list', { municipalityId })).toHaveLength(5);
    expect((await h.call('municipalities.create', { name: 'X' })).ok).toBe(false);
    expect(() => h.close()).not.toThrow();
  });

  it('a new workbook there gets a Norwegian message, not «unable to open database file»', async (ctx) => {
    const mount = mountTmpfs(256);
    if (!mount || !mount.readOnly()) return ctx.skip(MOUNT_SKIP);
    later(mount.release);
    const err = await refusal(path.join(mount.dir, 'ny.omni.sqlite'));
    expect(err.reason).toBe('folder_not_writable');
    expect(err.message).toMatch(/får ikke lagre i mappa .* skrivebeskyttet/);
  });

  it('a parent path that is a file gets a Norwegian message, not ENOTDIR', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'fil'), 'x');
    const err = await refusal(path.join(dir, 'fil', 'under', 'workbook.omni.sqlite'));
    expect(err.reason).toBe('not_a_folder');
    expect(err.message).toMatch(/går gjennom en fil, ikke en mappe/);
  });
});

describe('fault 5: a full disk', () => {
  it('says the disk is full, keeps every saved row, loses nothing, and closes without a crash', async (ctx) => {
    const mount = mountTmpfs(1024);
    if (!mount) return ctx.skip(MOUNT_SKIP);
    later(mount.release);
    const h = await openHarness(path.join(mount.dir, 'workbook.omni.sqlite'));
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    const filler = fillDisk(mount.dir);
    let saved = 0;
    let failure: { code: string; message: string } | undefined;
    for (let i = 0; i < 5000 && !failure; i++) {
      const r = await h.call('units.create', {
        municipalityId: m.id,
        name: `Enhet ${i} ${'y'.repeat(100)}`,
        kind: 'school',
      });
      if (r.ok) saved++;
      else failure = r.error;
    }
    expect(failure).toEqual({
      code: 'refused',
      message: expect.stringMatching(/^Disken er full, så endringen ble ikke lagret/),
    });
    expect(await h.ok('units.list', { municipalityId: m.id })).toHaveLength(saved);
    expect(() => h.close()).not.toThrow();
    fs.rmSync(filler);
    const again = await harnessOn(h.file);
    expect(await again.ok('units.list', { municipalityId: m.id })).toHaveLength(saved);
  });
});

describe('fault 6: one process per workbook', () => {
  it('a second opener is told the workbook is in use (not damaged) and the first keeps working', async () => {
    const { file, municipalityId } = await madeWorkbook();
    const first = await harnessOn(file);
    const err = await refusal(file);
    expect(err.reason).toBe('in_use');
    expect(err.message).toMatch(/allerede åpen i et annet Omniverksted/);
    await first.ok('units.create', { municipalityId, name: 'Etter', kind: 'school' });
    first.close();
    const second = await harnessOn(file);
    expect(await second.ok('units.list', { municipalityId })).toHaveLength(6);
  });
});

describe('fault 9: the workbook and its backups are private to their owner', () => {
  it('creates the workbook, its WAL, the backups folder and every backup owner-only', async () => {
    const { file } = await madeWorkbook();
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    expect(mode(file)).toBe(0o600);
    const h = await harnessOn(file, tomorrow);
    await h.ok('municipalities.create', { name: 'Fauske' });
    expect(mode(`${file}-wal`)).toBe(0o600);
    const [backup] = listBackups(file);
    expect(mode(backup)).toBe(0o600);
    expect(mode(backupsDirFor(file))).toBe(0o700);
  });

  it('tightens a workbook made world-readable by an older version', async () => {
    const { file } = await madeWorkbook();
    fs.chmodSync(file, 0o644);
    await harnessOn(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('fault 10: the packaged app checks its own code', () => {
  it('turns on the embedded asar integrity fuse', async () => {
    // The `electronFuses:` block of the builder config, key: value per indented line.
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ ]{2}.*\n|[ ]*#.*\n)+)/m.exec(text)?.[1] ?? '';
    const fuses = Object.fromEntries(
      [...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']),
    );
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.runAsNode).toBe(false);
  });
});
