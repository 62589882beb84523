// The agenda and the presentation state through the real handlers on a real workbook.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { createPresenterHandlers } from '../../../electron/api/presenter';
import { openHarness, type Harness } from '../../support/workbook';
import { plannedStarts, toggleTimer } from '../../../shared/presenter/api';

let h: Harness;
afterEach(() => h?.close());

async function session() {
  const m = await h.ok('municipalities.create', { name: 'Fauske' });
  return h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Planleggingsdag',
  });
}

/** The real handlers with the presenter's clock in the test's hand. */
function clocked() {
  let now = 1_000_000;
  const dispatch = createDispatch(
    { ...createHandlers(h.workbook), ...createPresenterHandlers(h.workbook, () => now) },
    () => undefined,
  );
  return {
    advance: (ms: number) => void (now += ms),
    call: async <T>(method: string, input: unknown) => {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    },
  };
}

describe('agenda', () => {
  it('start times follow the planned minutes and are recalculated when an item moves', async () => {
    h = await openHarness();
    const s = await session();
    await h.ok('agenda.setStart', { sessionId: s.id, startTime: '8.30' });
    await h.ok('agenda.add', { sessionId: s.id, kind: 'welcome', title: 'Velkommen', plannedMinutes: 10 });
    await h.ok('agenda.add', {
      sessionId: s.id,
      kind: 'slide',
      title: 'Tankesettet',
      plannedMinutes: 25,
      points: ['Felles språk', 'Varme og struktur'],
    });
    let a = await h.ok('agenda.add', { sessionId: s.id, kind: 'break', title: 'Kaffe', plannedMinutes: 15 });
    expect(a.items.map((i) => [i.title, i.plannedStart])).toEqual([
      ['Velkommen', '08:30'],
      ['Tankesettet', '08:40'],
      ['Kaffe', '09:05'],
    ]);
    a = await h.ok('agenda.move', { id: a.items[2].id, position: 0 });
    expect(a.items.map((i) => [i.title, i.plannedStart, i.position])).toEqual([
      ['Kaffe', '08:30', 0],
      ['Velkommen', '08:45', 1],
      ['Tankesettet', '08:55', 2],
    ]);
    expect(a.items[2].points).toEqual(['Felles språk', 'Varme og struktur']);
    const entry = await h.ok('agenda.delete', { id: a.items[0].id });
    expect(entry).toMatchObject({ kind: 'agenda_item', label: 'Kaffe' });
    a = await h.ok('agenda.get', { sessionId: a.sessionId });
    expect(a.items.map((i) => [i.title, i.plannedStart, i.position])).toEqual([
      ['Velkommen', '08:30', 0],
      ['Tankesettet', '08:40', 1],
    ]);
  });

  it('refuses bad input in Norwegian and keeps the agenda as it was', async () => {
    h = await openHarness();
    const s = await session();
    await h.ok('agenda.add', { sessionId: s.id, kind: 'welcome', title: 'Velkommen', plannedMinutes: 10 });
    const bad = await h.call('agenda.add', { sessionId: s.id, kind: 'slide', title: '  ', plannedMinutes: 10 });
    expect(!bad.ok && bad.error.message).toMatch(/Tittel/);
    const time = await h.call('agenda.setStart', { sessionId: s.id, startTime: '25:00' });
    expect(!time.ok && time.error.message).toBe('Skriv starttiden som TT:MM, for eksempel 08:30.');
    const minutes = await h.call('agenda.add', {
      sessionId: s.id,
      kind: 'break',
      title: 'Pause',
      plannedMinutes: 9000,
    });
    expect(!minutes.ok && minutes.error.message).toMatch(/Minutter/);
    // A board of another session is not this item's board.
    const other = await session();
    const board = await h.ok('boards.create', { sessionId: other.id, title: 'Trappa' });
    const ref = await h.call('agenda.add', { sessionId: s.id, kind: 'board', title: 'Trappa', refId: board.id });
    expect(!ref.ok && ref.error.message).toBe('Tavla eller runden hører ikke til denne økta eller kommunen.');
    const a = await h.ok('agenda.get', { sessionId: s.id });
    expect(a.items.map((i) => i.title)).toEqual(['Velkommen']);
    expect(a.startTime).toBe('09:00');
  });

  it('keeps the actual time of each item as the presentation moves through the agenda', async () => {
    h = await openHarness();
    const clock = clocked();
    const call = clock.call;
    const s = await session();
    await h.ok('agenda.add', { sessionId: s.id, kind: 'welcome', title: 'Velkommen', plannedMinutes: 10 });
    const a = await h.ok('agenda.add', { sessionId: s.id, kind: 'break', title: 'Pause', plannedMinutes: 15 });
    await call('presenter.set', { sessionId: s.id, itemId: a.items[0].id });
    clock.advance(7 * 60_000);
    await call('presenter.set', { itemId: a.items[1].id, screen: 'black' });
    clock.advance(2 * 60_000);
    await call('presenter.set', { itemId: a.items[0].id });
    clock.advance(60_000);
    const agenda = await call<{ items: { actualMs: number }[] }>('agenda.get', { sessionId: s.id });
    expect(agenda.items.map((i) => i.actualMs)).toEqual([8 * 60_000, 2 * 60_000]);
    const state = await call<{ screen: string; version: number; view: { step: null } }>('presenter.state', {});
    expect(state.screen).toBe('black');
    expect(state.version).toBe(3);
    // Survives a reopen: the times are in the workbook.
    h.close();
    h = await openHarness(h.file);
    const again = await h.ok('agenda.get', { sessionId: s.id });
    expect(again.items[1].actualMs).toBe(2 * 60_000);
    expect((await h.ok('presenter.state', {})).itemId).toBe(a.items[0].id);
  });

  it('a deleted item comes back from the trash in its place, with the time it was shown', async () => {
    h = await openHarness();
    const clock = clocked();
    const call = clock.call;
    const s = await session();
    for (const title of ['Velkommen', 'Tankesettet', 'Pause', 'Tavla'])
      await h.ok('agenda.add', { sessionId: s.id, kind: 'slide', title, plannedMinutes: 10 });
    let a = await h.ok('agenda.get', { sessionId: s.id });
    await call('presenter.set', { sessionId: s.id, itemId: a.items[1].id });
    clock.advance(5 * 60_000);
    await call('presenter.set', { itemId: a.items[2].id });

    const entry = await h.ok('agenda.delete', { id: a.items[1].id });
    expect(entry).toMatchObject({ kind: 'agenda_item', label: 'Tankesettet' });
    // The others close up, and the guide moves one before the item comes back.
    a = await h.ok('agenda.move', { id: a.items[3].id, position: 0 });
    expect(a.items.map((i) => [i.title, i.position])).toEqual([
      ['Tavla', 0],
      ['Velkommen', 1],
      ['Pause', 2],
    ]);
    await h.ok('trash.restore', { id: entry.id });
    a = await h.ok('agenda.get', { sessionId: s.id });
    expect(a.items.map((i) => [i.title, i.position, i.plannedStart])).toEqual([
      ['Tavla', 0, '09:00'],
      ['Tankesettet', 1, '09:10'],
      ['Velkommen', 2, '09:20'],
      ['Pause', 3, '09:30'],
    ]);
    expect(a.items[1].actualMs).toBe(5 * 60_000);
    // Two deleted one after the other come back in the order they had, whichever comes back first.
    const order = async () => (await h.ok('agenda.get', { sessionId: s.id })).items.map((i) => i.title);
    const [tankesettet, velkommen] = [a.items[1].id, a.items[2].id];
    const first = await h.ok('agenda.delete', { id: tankesettet });
    const second = await h.ok('agenda.delete', { id: velkommen });
    expect(await order()).toEqual(['Tavla', 'Pause']);
    await h.ok('trash.restore', { id: first.id });
    await h.ok('trash.restore', { id: second.id });
    expect(await order()).toEqual(['Tavla', 'Tankesettet', 'Velkommen', 'Pause']);
    a = await h.ok('agenda.get', { sessionId: s.id });
    // Its session gone, it cannot come back, and says why.
    const again = await h.ok('agenda.delete', { id: a.items[1].id });
    await h.ok('sessions.delete', { id: s.id });
    const refused = await h.call('trash.restore', { id: again.id });
    expect(!refused.ok && refused.error.message).toBe(
      'Kan ikke hente tilbake «Tankesettet»: økta den hørte til, finnes ikke lenger.',
    );
  });

  it('an item of another session cannot be shown, and deleting a session takes its agenda into the trash and back', async () => {
    h = await openHarness();
    const s = await session();
    const other = await session();
    const a = await h.ok('agenda.add', { sessionId: other.id, kind: 'welcome', title: 'Hei', plannedMinutes: 5 });
    const r = await h.call('presenter.set', { sessionId: s.id, itemId: a.items[0].id });
    expect(!r.ok && r.error.message).toBe('Punktet hører til en annen økt.');
    const entry = await h.ok('sessions.delete', { id: other.id });
    await h.ok('trash.restore', { id: entry.id });
    expect((await h.ok('agenda.get', { sessionId: other.id })).items.map((i) => i.title)).toEqual(['Hei']);
  });
});

describe('agenda maths', () => {
  it('start times wrap past midnight and the timer toggles start, pause, resume', () => {
    expect(plannedStarts('23:50', [15, 5])).toEqual(['23:50', '00:05']);
    const started = toggleTimer({ durationMs: 0, endsAt: null, remainingMs: 0 }, 0, 5);
    expect(started).toEqual({ durationMs: 300_000, endsAt: 300_000, remainingMs: 300_000 });
    const paused = toggleTimer(started, 60_000, 5);
    expect(paused).toEqual({ durationMs: 300_000, endsAt: null, remainingMs: 240_000 });
    expect(toggleTimer(paused, 100_000, 5)).toEqual({ durationMs: 300_000, endsAt: 340_000, remainingMs: 240_000 });
  });
});
