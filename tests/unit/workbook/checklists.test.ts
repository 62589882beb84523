import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const count = (table: string) => (h.workbook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function fauske() {
  const m = await h.ok('municipalities.create', { name: 'Fauske' });
  const school = await h.ok('units.create', { municipalityId: m.id, name: 'Vestmyra skole', kind: 'school' });
  const kg = await h.ok('units.create', { municipalityId: m.id, name: 'Valnesfjord barnehage', kind: 'kindergarten' });
  const session = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Planleggingsdag',
  });
  const content = await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-fauske' });
  return { m, school, kg, session, pack: content.content };
}

describe('content per municipality', () => {
  it('offers both shipped variants and gives the municipality its own copy', async () => {
    expect((await h.ok('content.packs', {})).map((p) => p.id).sort()).toEqual(['omni-beiarn', 'omni-fauske']);
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    expect(await h.ok('content.get', { municipalityId: m.id })).toBeNull();
    const chosen = await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-beiarn' });
    expect(chosen).toMatchObject({ packId: 'omni-beiarn', edited: false });
    expect(chosen.content.components[1].id).toBe('law');
    expect(await h.call('content.choose', { municipalityId: m.id, packId: 'omni-unknown' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('editing keeps recorded progress; reset restores the shipped text and the progress of items that still exist', async () => {
    const { m, school, pack } = await fauske();
    const mindset = pack.components[0];
    const [a, b, c] = mindset.items;
    await h.ok('checklists.set', { unitId: school.id, itemId: a.id, status: 'in_place' });
    await h.ok('checklists.set', { unitId: school.id, itemId: b.id, status: 'in_progress' });
    await h.ok('checklists.set', { unitId: school.id, itemId: c.id, status: 'in_place' });

    // Rename the component, reword item a, drop item c, add a new item.
    const edited = await h.ok('content.updateList', {
      municipalityId: m.id,
      listId: 'mindset',
      title: 'Tankesettet vårt',
      description: 'Vår egen tekst.',
      items: [
        { id: a.id, text: 'Omformulert punkt' },
        { id: b.id, text: b.text },
        ...mindset.items.slice(3).map((i) => ({ id: i.id, text: i.text })),
        { text: 'Et nytt punkt' },
      ],
    });
    expect(edited.edited).toBe(true);
    const list = edited.content.components[0];
    expect(list.title).toBe('Tankesettet vårt');
    expect(list.items[0]).toEqual({ id: a.id, text: 'Omformulert punkt' });
    expect(list.items.some((i) => i.id === c.id)).toBe(false);
    const added = list.items.at(-1)!;
    expect(added.id).toMatch(/^omni-fauske-custom-/);

    let progress = await h.ok('progress.municipality', { municipalityId: m.id });
    expect(progress.units.find((u) => u.id === school.id)!.components[0]).toMatchObject({
      title: 'Tankesettet vårt',
      inPlace: 1,
      inProgress: 1,
      total: mindset.items.length,
    });
    await h.ok('checklists.set', { unitId: school.id, itemId: added.id, status: 'in_place' });

    // The shipped pack on disk is untouched by edits.
    const other = await h.ok('municipalities.create', { name: 'Saltdal' });
    expect(
      (await h.ok('content.choose', { municipalityId: other.id, packId: 'omni-fauske' })).content.components[0].title,
    ).toBe(mindset.title);

    const reset = await h.ok('content.reset', { municipalityId: m.id });
    expect(reset).toMatchObject({ edited: false });
    expect(reset.content.components[0]).toEqual(mindset);
    progress = await h.ok('progress.municipality', { municipalityId: m.id });
    // a and c in place again (c's status was kept while it was removed), b in progress; the custom item is gone
    // from the count.
    expect(progress.units.find((u) => u.id === school.id)!.components[0]).toMatchObject({ inPlace: 2, inProgress: 1 });
    expect((await h.ok('checklists.get', { unitId: school.id })).statuses).toHaveLength(4);
  });

  it('refuses an edit that would break the pack and keeps the old text', async () => {
    const { m, pack } = await fauske();
    const empty = await h.call('content.updateList', {
      municipalityId: m.id,
      listId: 'mindset',
      title: '',
      items: [{ text: 'x' }],
    });
    expect(empty).toMatchObject({ ok: false, error: { message: 'Tittel må fylles ut.' } });
    const foreignId = await h.call('content.updateList', {
      municipalityId: m.id,
      listId: 'mindset',
      title: 'X',
      items: [{ id: pack.components[1].items[0].id, text: 'x' }],
    });
    expect(foreignId).toMatchObject({ ok: false, error: { message: 'Et av punktene hører ikke til denne lista.' } });
    expect((await h.ok('content.get', { municipalityId: m.id }))!.content).toEqual(pack);
  });
});

describe('checklist status', () => {
  it('logs each change with the session it was made in', async () => {
    const { school, session, pack } = await fauske();
    const item = pack.components[4].items[0].id; // Regelverkskompetanse in the Fauske order
    await h.ok('checklists.set', { unitId: school.id, itemId: item, status: 'in_progress', sessionId: session.id });
    const set = await h.ok('checklists.set', {
      unitId: school.id,
      itemId: item,
      status: 'in_place',
      confirmedBy: 'rektor',
      sessionId: session.id,
    });
    expect(set).toMatchObject({ status: 'in_place', confirmedBy: 'rektor', sessionId: session.id });
    // Setting the same again is not a change.
    await h.ok('checklists.set', { unitId: school.id, itemId: item, status: 'in_place' });
    const history = await h.ok('checklists.history', { unitId: school.id, itemId: item });
    expect(history.map((e) => [e.previousStatus, e.status, e.sessionTitle])).toEqual([
      ['in_progress', 'in_place', 'Planleggingsdag'],
      [null, 'in_progress', 'Planleggingsdag'],
    ]);
    expect(await h.ok('sessions.checklistWork', { id: session.id })).toEqual([
      {
        unitId: school.id,
        unitName: 'Vestmyra skole',
        listId: 'law',
        listTitle: pack.components[4].title,
        changes: 2,
        inPlace: 1,
      },
    ]);
  });

  it('law checklist items are checklist items too', async () => {
    const { kg, pack } = await fauske();
    const law = pack.lawChecklists.find((l) => l.appliesTo.includes('kindergarten'))!;
    await h.ok('checklists.set', { unitId: kg.id, itemId: law.items[0].id, status: 'in_place' });
    expect((await h.ok('checklists.get', { unitId: kg.id })).statuses.map((s) => s.itemId)).toEqual([law.items[0].id]);
  });

  it('refuses unknown items, a bad status and a session of another municipality, writing nothing', async () => {
    const { school, pack } = await fauske();
    const other = await h.ok('municipalities.create', { name: 'Bodø' });
    const foreign = await h.ok('sessions.create', {
      municipalityId: other.id,
      date: '2026-01-01',
      kind: 'other',
      title: 'Annen',
    });
    const item = pack.components[0].items[0].id;
    expect(
      await h.call('checklists.set', { unitId: school.id, itemId: 'no-such-item', status: 'in_place' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await h.call('checklists.set', { unitId: school.id, itemId: item, status: 'done' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await h.call('checklists.set', { unitId: school.id, itemId: item, status: 'in_place', sessionId: foreign.id }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Økta hører til en annen kommune.' },
    });
    expect([count('checklist_status'), count('checklist_log')]).toEqual([0, 0]);
  });

  it('survive deleting and restoring a unit, a session and a municipality', async () => {
    const { m, school, session, pack } = await fauske();
    const item = pack.components[0].items[0].id;
    await h.ok('checklists.set', { unitId: school.id, itemId: item, status: 'in_place', sessionId: session.id });

    const sessionEntry = await h.ok('sessions.delete', { id: session.id });
    expect((await h.ok('checklists.history', { unitId: school.id, itemId: item }))[0].sessionId).toBeNull();
    await h.ok('trash.restore', { id: sessionEntry.id });
    expect((await h.ok('checklists.history', { unitId: school.id, itemId: item }))[0].sessionTitle).toBe(
      'Planleggingsdag',
    );

    const unitEntry = await h.ok('units.delete', { id: school.id });
    expect([count('checklist_status'), count('checklist_log')]).toEqual([0, 0]);
    await h.ok('trash.restore', { id: unitEntry.id });
    expect((await h.ok('checklists.get', { unitId: school.id })).statuses).toMatchObject([
      { itemId: item, status: 'in_place', sessionId: session.id },
    ]);

    const mEntry = await h.ok('municipalities.delete', { id: m.id });
    expect([count('municipality_content'), count('checklist_status')]).toEqual([0, 0]);
    await h.ok('trash.restore', { id: mEntry.id });
    expect((await h.ok('content.get', { municipalityId: m.id }))!.packId).toBe('omni-fauske');
    expect(
      (await h.ok('progress.municipality', { municipalityId: m.id })).units.find((u) => u.id === school.id)!.total
        .inPlace,
    ).toBe(1);
  });

  it('progress needs a chosen variant', async () => {
    const m = await h.ok('municipalities.create', { name: 'Meløy' });
    expect(await h.call('progress.municipality', { municipalityId: m.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/ikke valgt variant/) },
    });
  });
});
