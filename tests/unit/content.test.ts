import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack, type ContentPack } from '../../shared/content/pack';
import { progressByMonth, tally, unitProgress } from '../../shared/checklists';

const dir = path.join(import.meta.dirname, '..', '..', 'resources', 'content');
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as ContentPack;

describe('shipped content packs', () => {
  it('both validate, with the seven components in their own order', () => {
    const beiarn = parsePack(load('omni-beiarn'));
    const fauske = parsePack(load('omni-fauske'));
    if (!beiarn.ok) throw new Error(beiarn.message);
    if (!fauske.ok) throw new Error(fauske.message);
    expect(beiarn.pack.components.map((c) => c.id)).toEqual([
      'mindset',
      'law',
      'values',
      'staircase',
      'analysis',
      'action',
      'follow-up',
    ]);
    expect(fauske.pack.components.map((c) => c.id)).toEqual([
      'mindset',
      'staircase',
      'analysis',
      'action',
      'law',
      'values',
      'follow-up',
    ]);
    expect(fauske.pack.components[0].title).toMatch(/Tankesettet/);
    expect(beiarn.pack.components[0].title).toMatch(/Omni-perspektivet/);
    for (const p of [beiarn.pack, fauske.pack]) {
      expect(p.staircase.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(p.lawChecklists.map((l) => l.appliesTo[0]).sort()).toEqual(['kindergarten', 'school']);
      for (const c of p.components) expect(c.items.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('the file name and the pack id agree', () => {
    for (const name of ['omni-beiarn', 'omni-fauske']) expect(load(name).id).toBe(name);
  });
});

describe('a broken pack is refused with a message naming the problem', () => {
  const base = () => structuredClone(load('omni-fauske'));

  it('a missing staircase step', () => {
    const pack = base();
    pack.staircase.splice(3, 1);
    const r = parsePack(pack);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Omni-trappa må ha nøyaktig sju trinn.');
  });

  it('steps out of order', () => {
    const pack = base();
    [pack.staircase[1], pack.staircase[2]] = [pack.staircase[2], pack.staircase[1]];
    const r = parsePack(pack);
    if (r.ok) throw new Error('accepted');
    expect(r.message).toContain(
      'Omni-trappa, trinn 2: Trinn nummer 2 i Omni-trappa mangler eller står i feil rekkefølge.',
    );
  });

  it('a duplicate item id', () => {
    const pack = base();
    pack.components[2].items[0].id = pack.components[0].items[0].id;
    const r = parsePack(pack);
    if (r.ok) throw new Error('accepted');
    expect(r.message).toMatch(
      new RegExp(`Komponent 3 .*punkt 1: Id-en «${pack.components[0].items[0].id}» brukes to ganger`),
    );
  });

  it('the wrong number of components', () => {
    const pack = base();
    pack.components.pop();
    const r = parsePack(pack, 'Pakken test.json');
    if (r.ok) throw new Error('accepted');
    expect(r.message).toBe('Pakken test.json er ugyldig: components: En pakke må ha nøyaktig sju kjernekomponenter.');
  });

  it('a component twice, an empty item text', () => {
    const pack = base();
    pack.components[6].id = 'mindset';
    pack.components[1].items[1].text = '   ';
    const r = parsePack(pack);
    if (r.ok) throw new Error('accepted');
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Komponenten «mindset» finnes to ganger.'),
        expect.stringContaining('punkt 2: Teksten kan ikke være tom.'),
      ]),
    );
  });
});

describe('progress maths', () => {
  const pack = load('omni-fauske');
  const first = pack.components[0].items.map((i) => i.id);

  it('tallies each component by status', () => {
    const statuses = [
      { itemId: first[0], status: 'in_place' as const },
      { itemId: first[1], status: 'in_progress' as const },
      { itemId: 'gone-item', status: 'in_place' as const },
    ];
    const [mindset, staircase] = unitProgress(pack, statuses);
    expect(mindset).toMatchObject({ componentId: 'mindset', total: first.length, inPlace: 1, inProgress: 1 });
    expect(staircase).toMatchObject({ inPlace: 0, inProgress: 0 });
    expect(tally([], () => 'in_place')).toEqual({ total: 0, inPlace: 0, inProgress: 0 });
  });

  it('replays the log month by month (hand-computed)', () => {
    const total = pack.components.reduce((n, c) => n + c.items.length, 0) * 2;
    const log = [
      { unitId: 'a', itemId: first[0], status: 'in_progress' as const, createdAt: '2026-01-10T10:00:00Z' },
      { unitId: 'a', itemId: first[0], status: 'in_place' as const, createdAt: '2026-03-02T10:00:00Z' },
      { unitId: 'b', itemId: first[1], status: 'in_place' as const, createdAt: '2026-03-20T10:00:00Z' },
      { unitId: 'b', itemId: first[1], status: 'not_started' as const, createdAt: '2026-04-01T10:00:00Z' },
      { unitId: 'x', itemId: first[2], status: 'in_place' as const, createdAt: '2026-02-01T10:00:00Z' }, // not one of our units
    ];
    expect(progressByMonth(pack, ['a', 'b'], log, '2026-05')).toEqual([
      { month: '2026-01', inPlace: 0, inProgress: 1, total },
      { month: '2026-02', inPlace: 0, inProgress: 1, total },
      { month: '2026-03', inPlace: 2, inProgress: 0, total },
      { month: '2026-04', inPlace: 1, inProgress: 0, total },
      { month: '2026-05', inPlace: 1, inProgress: 0, total },
    ]);
    expect(progressByMonth(pack, ['a'], [], '2026-05')).toEqual([]);
  });
});
