// Facts a guide will teach are cited: every law item in the shipped packs
// names its source, and the model's titles say where they come from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawListsFor, parsePack, type ContentPack } from '../../shared/content/pack';

const dir = path.join(import.meta.dirname, '..', '..', 'resources', 'content');
const load = (name: string): ContentPack => {
  const r = parsePack(JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(r.message);
  return r.pack;
};
const packs = ['omni-beiarn', 'omni-fauske'].map(load);

describe('sources in the shipped packs', () => {
  it('every law checklist item cites its source, naming a section and where to read it', () => {
    for (const pack of packs) {
      for (const list of pack.lawChecklists) {
        for (const item of list.items) {
          expect(item.source, `${item.id} has no source`).toBeTruthy();
          expect(item.source!, item.id).toMatch(/§|kapittel/);
          expect(item.source!, item.id).toMatch(/lovdata\.no|udir\.no|regjeringen\.no/);
          expect(item.reference, `${item.id} has no reference`).toBeTruthy();
        }
      }
    }
  });

  it("every item of the law component cites a source or says it is the guide's choice", () => {
    for (const pack of packs) {
      for (const item of pack.components.find((c) => c.id === 'law')!.items) expect(item.source, item.id).toBeTruthy();
    }
  });

  it('the school list covers §§ 12-1 to 12-7 and points to §§ 10-1 and 10-2 for being heard', () => {
    for (const pack of packs) {
      const school = pack.lawChecklists.find((l) => l.appliesTo.includes('school'))!;
      const refs = school.items.map((i) => i.reference).join(' ');
      for (const section of ['12-1', '12-2', '12-3', '12-4', '12-5', '12-6', '12-7', '10-1', '10-2'])
        expect(refs).toContain(section);
      expect(school.items.find((i) => i.reference === '§§ 10-1, 10-2')!.text).toMatch(/§§ 10-1 og 10-2/);
      const report = school.items.find((i) => i.id.endsWith('-report'))!;
      expect(report.text).toMatch(/melder fra/);
      expect(report.text).toMatch(/eleven selv sier/);
      expect(school.items.map((i) => i.text).join(' ')).not.toMatch(/varsle/);
      expect(school.items.find((i) => i.id.endsWith('-document'))!.text).toMatch(
        /i den formen og det omfanget som er nødvendig/,
      );
      expect(school.items.find((i) => i.id.endsWith('-staff-violation'))!.text).toMatch(
        /Alle som arbeider på skolen.*åpenbart grunnløst/s,
      );
    }
  });

  it('the kindergarten list places «gripe inn» under § 42 and says there is no right to go to the county governor', () => {
    for (const pack of packs) {
      const kg = pack.lawChecklists.find((l) => l.appliesTo.includes('kindergarten'))!;
      expect(kg.items.find((i) => i.id.endsWith('-intervene'))!.reference).toBe('§ 42');
      expect(kg.items.find((i) => i.id.endsWith('-child-or-parents-say'))!.text).toMatch(/barnet eller foreldrene/);
      expect(kg.items.find((i) => i.id.endsWith('-no-county-governor'))!.text).toMatch(
        /kommunen som barnehagemyndighet/,
      );
    }
  });

  it('a unit marked as SFO gets the school list; other leisure units get none; kindergartens get theirs', () => {
    for (const pack of packs) {
      expect(lawListsFor(pack, { kind: 'leisure', sfo: true }).map((l) => l.law)).toEqual([
        expect.stringMatching(/Opplæringslova kapittel 12/),
      ]);
      expect(lawListsFor(pack, { kind: 'leisure', sfo: false })).toEqual([]);
      expect(lawListsFor(pack, { kind: 'kindergarten' }).map((l) => l.law)).toEqual([
        expect.stringMatching(/Barnehageloven/),
      ]);
    }
  });

  it('staircase titles follow omnimodellen.no; steps 6 and 7 are marked as not confirmed', () => {
    for (const pack of packs) {
      const titles = pack.staircase.map((s) => s.title);
      expect(titles[0]).toBe('Et trygt, godt og inkluderende læringsmiljø');
      expect(titles[2]).toBe('Normalisering av normbrytende atferd');
      expect(titles[4]).toBe('Foreldrene adopterer legitimering');
      for (const s of pack.staircase) expect(s.source, `step ${s.step}`).toBeTruthy();
      expect(pack.staircase.filter((s) => s.unconfirmed).map((s) => s.step)).toEqual([6, 7]);
    }
  });

  it('one spelling per concept in both orders, and no unsourced half-yearly claim', () => {
    const text = JSON.stringify(packs.map((p) => ({ c: p.components, s: p.staircase })));
    expect(text).not.toMatch(/Omnitrappa|anonyme case|minst hvert halvår/);
    for (const pack of packs) expect(pack.components.find((c) => c.id === 'values')!.title).toBe('Verdigrunnlaget');
  });

  it('the rest of the Omni toolbox is named content with a source', () => {
    for (const pack of packs) {
      expect(pack.toolbox!.map((t) => t.title)).toEqual([
        'Dørstokkregler',
        'Det røde og grønne fellesskapet',
        'Vurdering av fellesskapskvaliteter',
        'Kultur er rammen',
        'Barn og unge i vekst og utvikling',
      ]);
      for (const tool of pack.toolbox!) expect(tool.source).toMatch(/omnimodellen\.no/);
    }
  });
});
