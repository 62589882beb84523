// A workbook whose municipalities chose the model on revision 1 opens with
// revision 2 shipped: untouched text updates, the guide's edits stay with a
// notice offering the new text, and checklist progress keeps its ids.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../shared/content/pack';
import { openHarness, type Harness } from '../../support/workbook';

const revision1 = JSON.parse(
  fs.readFileSync(
    path.join(import.meta.dirname, '..', '..', '..', 'resources', 'content', 'revisions', 'omni-beiarn-1.json'),
    'utf8',
  ),
) as ContentPack;

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

/** The municipality's copy as the previous app version stored it: revision 1, optionally edited. */
function storeRevision1(municipalityId: string, pack: ContentPack, edited: boolean) {
  h.workbook.db
    .prepare(
      'UPDATE municipality_content SET pack_version = 1, content = ?, edited = ?, revision_notices = ? WHERE municipality_id = ?',
    )
    .run(JSON.stringify(pack), edited ? 1 : 0, '[]', municipalityId);
}

async function beiarn(name: string) {
  const m = await h.ok('municipalities.create', { name });
  const school = await h.ok('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
  await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-beiarn' });
  return { m, school };
}

describe('a content revision', () => {
  it('updates an untouched copy completely and keeps progress', async () => {
    const { m, school } = await beiarn('Beiarn');
    storeRevision1(m.id, revision1, false);
    await h.ok('checklists.set', { unitId: school.id, itemId: 'beiarn-law-school-report', status: 'in_place' });

    const c = (await h.ok('content.get', { municipalityId: m.id }))!;
    expect(c.packVersion).toBe(2);
    expect(c.notices).toEqual([]);
    const school12 = c.content.lawChecklists.find((l) => l.id === 'beiarn-law-school')!;
    const report = school12.items.find((i) => i.id === 'beiarn-law-school-report')!;
    expect(report.text).toMatch(/melder fra til rektor/);
    expect(report.source).toMatch(/§ 12-4/);
    expect(school12.items.some((i) => i.id === 'beiarn-law-school-county-governor')).toBe(true);
    expect(c.content.staircase[2].title).toBe('Normalisering av normbrytende atferd');
    expect((await h.ok('checklists.get', { unitId: school.id })).statuses).toEqual([
      expect.objectContaining({ itemId: 'beiarn-law-school-report', status: 'in_place' }),
    ]);
  });

  it("keeps the guide's edits with a notice, updates the rest, and lets the guide accept or keep", async () => {
    const { m, school } = await beiarn('Saltdal');
    const mine = structuredClone(revision1);
    const law = mine.lawChecklists.find((l) => l.id === 'beiarn-law-school')!;
    law.items.find((i) => i.id === 'beiarn-law-school-report')!.text =
      'Vi varsler rektor med en gang, slik vi har avtalt i kommunen.';
    mine.staircase[4].title = 'Foreldrene tar over bildet';
    law.items.push({ id: 'omni-beiarn-custom-abc12345', text: 'Vårt eget punkt om SFO-rutinen.' });
    storeRevision1(m.id, mine, true);
    await h.ok('checklists.set', { unitId: school.id, itemId: 'omni-beiarn-custom-abc12345', status: 'in_progress' });

    const c = (await h.ok('content.get', { municipalityId: m.id }))!;
    expect(c.packVersion).toBe(2);
    const list = c.content.lawChecklists.find((l) => l.id === 'beiarn-law-school')!;
    expect(list.items.find((i) => i.id === 'beiarn-law-school-report')!.text).toBe(
      'Vi varsler rektor med en gang, slik vi har avtalt i kommunen.',
    );
    expect(list.items.find((i) => i.id === 'beiarn-law-school-investigate')!.text).toBe(
      'Skolen undersøker saken snarest.',
    );
    expect(list.items.some((i) => i.id === 'omni-beiarn-custom-abc12345')).toBe(true);
    expect(c.content.staircase[4].title).toBe('Foreldrene tar over bildet');
    expect(c.content.staircase[2].title).toBe('Normalisering av normbrytende atferd');
    expect(c.notices.map((n) => n.key).sort()).toEqual(['item:beiarn-law-school-report', 'step-title:5']);
    const reportNotice = c.notices.find((n) => n.key === 'item:beiarn-law-school-report')!;
    expect(reportNotice).toMatchObject({
      mine: 'Vi varsler rektor med en gang, slik vi har avtalt i kommunen.',
      revision: 2,
    });
    expect(reportNotice.shipped).toMatch(/eleven selv sier/);

    // Reading again does not merge twice or lose the notices.
    expect((await h.ok('content.get', { municipalityId: m.id }))!.notices).toHaveLength(2);

    const accepted = await h.ok('content.acceptNotice', { municipalityId: m.id, key: 'item:beiarn-law-school-report' });
    const report = accepted.content.lawChecklists
      .find((l) => l.id === 'beiarn-law-school')!
      .items.find((i) => i.id === 'beiarn-law-school-report')!;
    expect(report.text).toBe(reportNotice.shipped);
    expect(report.source).toMatch(/§ 12-4/);
    const kept = await h.ok('content.dismissNotice', { municipalityId: m.id, key: 'step-title:5' });
    expect(kept.notices).toEqual([]);
    expect(kept.content.staircase[4].title).toBe('Foreldrene tar over bildet');
    expect(await h.call('content.dismissNotice', { municipalityId: m.id, key: 'step-title:5' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await h.ok('checklists.get', { unitId: school.id })).statuses).toEqual([
      expect.objectContaining({ itemId: 'omni-beiarn-custom-abc12345', status: 'in_progress' }),
    ]);
  });

  it('an edit of a law item keeps its source', async () => {
    const { m } = await beiarn('Bodø');
    const c = (await h.ok('content.get', { municipalityId: m.id }))!;
    const list = c.content.lawChecklists[0];
    const edited = await h.ok('content.updateList', {
      municipalityId: m.id,
      listId: list.id,
      title: list.title,
      items: list.items.map((i, n) => ({ id: i.id, text: n === 0 ? 'Vår ordlyd.' : i.text, reference: i.reference })),
    });
    expect(edited.content.lawChecklists[0].items[0]).toMatchObject({
      text: 'Vår ordlyd.',
      source: list.items[0].source,
    });
  });
});

describe('SFO and leksehjelp', () => {
  it('a leisure unit marked as SFO keeps the mark and gets the school law list', async () => {
    const m = await h.ok('municipalities.create', { name: 'Fauske' });
    const content = await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-fauske' });
    const sfo = await h.ok('units.create', { municipalityId: m.id, name: 'Vestmyra SFO', kind: 'leisure', sfo: true });
    const club = await h.ok('units.create', { municipalityId: m.id, name: 'Fauske IL', kind: 'leisure' });
    expect(sfo.sfo).toBe(true);
    expect(club.sfo).toBe(false);
    const schoolItem = content.content.lawChecklists.find((l) => l.appliesTo.includes('sfo'))!.items[0];
    expect((await h.ok('units.list', { municipalityId: m.id })).find((u) => u.id === sfo.id)!.sfo).toBe(true);
    await h.ok('checklists.set', { unitId: sfo.id, itemId: schoolItem.id, status: 'in_place' });
    expect((await h.ok('units.update', { id: sfo.id, sfo: false })).sfo).toBe(false);
    expect(
      await h.call('units.create', {
        municipalityId: m.id,
        name: 'X',
        kind: 'leisure',
        sfo: 'ja' as unknown as boolean,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
