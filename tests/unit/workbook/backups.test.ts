// Backups the guide can see: list, make one now, restore one (after a safety
// copy, and only a copy that passes its check).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/workbook/backup';
import { openHarness, tempDir, type Harness } from '../../support/workbook';

const open: Harness[] = [];
afterEach(() => open.splice(0).forEach((h) => h.close()));
async function harness(file = path.join(tempDir(), 'workbook.omni.sqlite'), now?: () => Date): Promise<Harness> {
  const h = await openHarness(file, now ? { now } : {});
  open.push(h);
  return h;
}
const names = async (h: Harness) => (await h.ok('municipalities.list', {})).map((m) => m.name).sort();

describe('backups page', () => {
  it('lists the daily copy and one made now, newest first, with kind and size', async () => {
    const first = await openHarness();
    await first.ok('municipalities.create', { name: 'Beiarn' });
    first.close();
    const h = await harness(first.file, () => new Date(2026, 2, 3, 8, 15, 0));
    const made = await h.ok('backups.create', {});
    expect(made).toMatchObject({ kind: 'manual' });
    const list = await h.ok('backups.list', {});
    expect(list.map((b) => b.kind)).toEqual(['manual', 'daily']);
    expect(list[1]).toMatchObject({ createdAt: '2026-03-03T08:15:00' });
    for (const b of list) expect(b.bytes).toBeGreaterThan(4096);
  });

  it('a guide who saves copies quickly gets each one back, and the oldest go first', async () => {
    const h = await harness();
    const made: string[] = [];
    // More copies than are kept, within a second or two: the newest is never the one pruned.
    for (let i = 0; i < 13; i++) made.push((await h.ok('backups.create', {})).name);
    expect(new Set(made).size).toBe(13);
    const kept = (await h.ok('backups.list', {})).map((b) => b.name);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 9)).toEqual(made.slice(-9).reverse());
  });

  it('restores a copy: the workbook is backed up first, then holds exactly what the copy held', async () => {
    const h = await harness();
    const beiarn = await h.ok('municipalities.create', { name: 'Beiarn' });
    await h.ok('units.create', { municipalityId: beiarn.id, name: 'Vestmyra skole', kind: 'school' });
    const copy = await h.ok('backups.create', {});
    await h.ok('municipalities.create', { name: 'Fauske' });
    await h.ok('municipalities.delete', { id: beiarn.id });
    expect(await names(h)).toEqual(['Fauske']);

    const result = await h.ok('backups.restore', { name: copy.name });
    expect(result.safetyCopy.kind).toBe('before-restore');
    expect(await names(h)).toEqual(['Beiarn']);
    expect((await h.ok('units.list', { municipalityId: beiarn.id })).map((u) => u.name)).toEqual(['Vestmyra skole']);
    // The work done since is in the safety copy, and can itself be restored.
    await h.ok('backups.restore', { name: result.safetyCopy.name });
    expect(await names(h)).toEqual(['Fauske']);
    expect(h.workbook.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a broken copy before touching anything', async () => {
    const h = await harness();
    await h.ok('municipalities.create', { name: 'Beiarn' });
    for (let i = 0; i < 30; i++) await h.ok('municipalities.create', { name: `Kommune ${i} ${'x'.repeat(100)}` });
    const copy = await h.ok('backups.create', {});
    const file = listBackups(h.file).find((f) => f.endsWith(copy.name))!;
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const before = await names(h);
    const countBefore = listBackups(h.file).length;
    expect(await h.call('backups.restore', { name: copy.name })).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        message: expect.stringMatching(
          /er skadet eller ufullstendig og kan ikke gjenopprettes\. Arbeidsboka er ikke endret/,
        ),
      },
    });
    expect(await names(h)).toEqual(before);
    expect(listBackups(h.file)).toHaveLength(countBefore);
    expect(await h.call('backups.restore', { name: '../workbook.omni.sqlite' })).toMatchObject({
      ok: false,
      error: { message: 'Fant ikke denne sikkerhetskopien.' },
    });
  });

  it('restores a copy made before an upgrade (an older schema) into today’s schema', async () => {
    const file = path.join(tempDir(), 'workbook.omni.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'workbook-v4.omni.sqlite'), file);
    const h = await harness(file);
    const before = await names(h);
    const old = (await h.ok('backups.list', {})).find((b) => b.kind === 'before-upgrade')!;
    for (const m of await h.ok('municipalities.list', {})) await h.ok('municipalities.delete', { id: m.id });
    expect(await names(h)).toEqual([]);
    await h.ok('backups.restore', { name: old.name });
    expect(await names(h)).toEqual(before);
    expect(h.workbook.db.pragma('user_version', { simple: true })).toBeGreaterThan(4);
  });

  it('outside the app (start:web) the folder is named instead of opened', async () => {
    const h = await harness();
    expect(await h.ok('backups.openFolder', {})).toEqual({ opened: false, dir: h.workbook.backupsDir });
  });
});
