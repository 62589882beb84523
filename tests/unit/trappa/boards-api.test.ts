// Boards and actions through the API on a real workbook.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const count = (table: string) => (h.workbook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function setup() {
  const m = await h.ok('municipalities.create', { name: 'Beiarn' });
  const unit = await h.ok('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
  const session = await h.ok('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Planleggingsdag',
    unitIds: [unit.id],
  });
  const board = await h.ok('boards.create', { sessionId: session.id, title: 'Bord 1' });
  return { m, unit, session, board };
}
const add = (boardId: string, id: string, text: string) =>
  h.ok('boards.apply', { boardId, command: { type: 'add', card: { id, text } } });

describe('boards', () => {
  it('store every change as the room works; the staircase comes from the municipality content', async () => {
    const { m, board } = await setup();
    await add(board.id, 'c1', 'En elev går alltid alene i friminuttene');
    await add(board.id, 'c2', 'Gruppa ler når en elev svarer');
    await h.ok('boards.apply', { boardId: board.id, command: { type: 'move', id: 'c1', step: 4, position: 0 } });
    await h.ok('boards.apply', { boardId: board.id, command: { type: 'vote', id: 'c1', delta: 3 } });
    let detail = await h.ok('boards.get', { id: board.id });
    expect(detail.state.cards.find((c) => c.id === 'c1')).toMatchObject({ step: 4, position: 0, votes: 3 });
    expect(detail.state.cards.find((c) => c.id === 'c2')).toMatchObject({ step: null, position: 0 });
    expect(detail.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const beiarn = await h.ok('content.choose', { municipalityId: m.id, packId: 'omni-beiarn' });
    await h.ok('content.updateStep', {
      municipalityId: m.id,
      step: 6,
      title: 'Støtte fra foreldre og ansatte',
      description: 'Vår egen tekst.',
    });
    detail = await h.ok('boards.get', { id: board.id });
    expect(detail.steps[5]).toMatchObject({ title: 'Støtte fra foreldre og ansatte' });
    expect(detail.steps[0].title).toBe(beiarn.content.staircase[0].title);
    expect((await h.ok('boards.list', { sessionId: board.sessionId }))[0].cardCount).toBe(2);
  });

  it('refuses a bad command with a Norwegian message and changes nothing', async () => {
    const { board } = await setup();
    await add(board.id, 'c1', 'Kort');
    expect(
      await h.call('boards.apply', { boardId: board.id, command: { type: 'move', id: 'nope', step: 2, position: 0 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Fant ikke kortet.' },
    });
    expect(
      await h.call('boards.apply', {
        boardId: board.id,
        command: { type: 'move', id: 'c1', step: 9, position: 0 } as never,
      }),
    ).toMatchObject({ ok: false });
    expect(
      await h.call('boards.apply', { boardId: board.id, command: { type: 'add', card: { id: 'c2', text: '   ' } } }),
    ).toMatchObject({ ok: false });
    const other = await h.ok('boards.create', { sessionId: board.sessionId, title: 'Bord 2' });
    // A card id from another board cannot be taken over.
    expect(
      await h.call('boards.apply', { boardId: other.id, command: { type: 'add', card: { id: 'c1', text: 'Kapret' } } }),
    ).toMatchObject({ ok: false });
    expect((await h.ok('boards.get', { id: board.id })).state.cards).toMatchObject([
      { id: 'c1', text: 'Kort', step: null },
    ]);
  });

  it('deleted cards can be restored until the session is closed', async () => {
    const { board, session } = await setup();
    await add(board.id, 'c1', 'Kort');
    await h.ok('boards.apply', { boardId: board.id, command: { type: 'delete', id: 'c1' } });
    await h.ok('boards.apply', { boardId: board.id, command: { type: 'restore', id: 'c1' } });
    await h.ok('boards.apply', { boardId: board.id, command: { type: 'delete', id: 'c1' } });
    expect(count('cards')).toBe(1);
    const closed = await h.ok('sessions.close', { id: session.id });
    expect(closed.closedAt).not.toBeNull();
    expect(count('cards')).toBe(0);
    expect((await h.ok('sessions.reopen', { id: session.id })).closedAt).toBeNull();
  });

  it('the timer survives a reload', async () => {
    const { board } = await setup();
    await h.ok('boards.setTimer', {
      boardId: board.id,
      timer: { durationMs: 300000, endsAt: null, remainingMs: 120000 },
    });
    expect((await h.ok('boards.get', { id: board.id })).timer).toEqual({
      durationMs: 300000,
      endsAt: null,
      remainingMs: 120000,
    });
  });
});

describe('FFSS actions', () => {
  it('are listed in their session and carried into later sessions until done', async () => {
    const { m, unit, session, board } = await setup();
    await add(board.id, 'c1', 'Utestenging i friminutt');
    const a = await h.ok('actions.create', {
      sessionId: session.id,
      cardId: 'c1',
      unitId: unit.id,
      category: 'prevent',
      what: 'Voksne ute i alle friminutt',
      who: 'rektor',
      due: '01.10.2026',
    });
    expect(a).toMatchObject({
      category: 'prevent',
      due: '2026-10-01',
      status: 'open',
      sessionTitle: 'Planleggingsdag',
    });
    const b = await h.ok('actions.create', { sessionId: session.id, category: 'support', what: 'Samtale med eleven' });
    const later = await h.ok('sessions.create', {
      municipalityId: m.id,
      date: '2026-10-15',
      kind: 'staff_day',
      title: 'Personaldag',
    });
    expect((await h.ok('actions.list', { sessionId: later.id })).map((x) => x.what).sort()).toEqual([
      'Samtale med eleven',
      'Voksne ute i alle friminutt',
    ]);
    await h.ok('actions.update', { id: b.id, status: 'done' });
    expect((await h.ok('actions.list', { sessionId: later.id })).map((x) => x.what)).toEqual([
      'Voksne ute i alle friminutt',
    ]);
    expect((await h.ok('actions.forUnit', { unitId: unit.id })).map((x) => x.id)).toEqual([a.id]);
    expect(
      await h.call('actions.create', { sessionId: session.id, category: 'later' as never, what: 'x' }),
    ).toMatchObject({ ok: false, error: { message: 'Velg en gyldig verdi for FFSS.' } });
  });

  it('survive deleting and restoring their session (the link comes back)', async () => {
    const { session } = await setup();
    const a = await h.ok('actions.create', { sessionId: session.id, category: 'stop', what: 'Stoppe kommentarene' });
    const entry = await h.ok('sessions.delete', { id: session.id });
    expect(count('boards')).toBe(0);
    await h.ok('trash.restore', { id: entry.id });
    expect(count('boards')).toBe(1);
    expect((await h.ok('actions.list', { sessionId: session.id })).map((x) => x.id)).toEqual([a.id]);
  });
});

describe('renaming and deleting a board', () => {
  it('renames with validation; a deleted board comes back with its cards, not without its session', async () => {
    const { board, session } = await setup();
    expect(await h.ok('boards.rename', { id: board.id, title: ' Bord 2 ' })).toMatchObject({ title: 'Bord 2' });
    expect(await h.call('boards.rename', { id: board.id, title: '' })).toMatchObject({
      ok: false,
      error: { message: 'Navn på tavla må fylles ut.' },
    });
    await add(board.id, 'c1', 'Kort');
    const entry = await h.ok('boards.delete', { id: board.id });
    expect(entry).toMatchObject({ kind: 'board', label: 'Bord 2' });
    expect([count('boards'), count('cards')]).toEqual([0, 0]);
    await h.ok('trash.restore', { id: entry.id });
    expect((await h.ok('boards.get', { id: board.id })).state.cards).toMatchObject([{ id: 'c1', text: 'Kort' }]);

    const again = await h.ok('boards.delete', { id: board.id });
    await h.ok('sessions.delete', { id: session.id });
    expect(await h.call('trash.restore', { id: again.id })).toMatchObject({
      ok: false,
      error: { message: 'Kan ikke hente tilbake «Bord 2»: økta den hørte til, finnes ikke lenger.' },
    });
  });
});
