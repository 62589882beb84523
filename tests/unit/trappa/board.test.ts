import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  BoardError,
  CARD_COLORS,
  History,
  MAX_VOTES,
  applyCommand,
  deletedCards,
  inverse,
  liveCards,
  normalizeBoard,
  parseCommand,
  sortByVotes,
  type BoardState,
  type Card,
  type Command,
  type Step,
} from '../../../shared/trappa/board';

// ---------------------------------------------------------------------------
// Helpers

const STEPS: Step[] = [null, 1, 2, 3, 4, 5, 6, 7];

function card(id: string, step: Step, position: number, extra: Partial<Card> = {}): Card {
  return { id, text: `Kort ${id}`, group: '', color: 'yellow', step, position, votes: 0, deleted: false, ...extra };
}

function board(cards: Card[], revealed = false): BoardState {
  return deepFreeze({ revealed, cards });
}

/** Frozen states make any mutation by `applyCommand` throw (test files are strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const ids = (state: BoardState, step: Step) => liveCards(state, step).map((c) => c.id);
const byId = (state: BoardState, id: string) => state.cards.find((c) => c.id === id)!;

/** Problems with a board's invariants; empty when it is sound. */
function problems(state: BoardState): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of state.cards) {
    if (seen.has(c.id)) out.push(`duplicate id ${c.id}`);
    seen.add(c.id);
    if (!(c.step === null || (Number.isInteger(c.step) && c.step >= 1 && c.step <= 7))) out.push(`bad step ${c.step}`);
    if (!(Number.isInteger(c.votes) && c.votes >= 0 && c.votes <= MAX_VOTES)) out.push(`bad votes ${c.votes}`);
    if (!(Number.isInteger(c.position) && c.position >= 0)) out.push(`bad position ${c.position}`);
  }
  for (const step of STEPS) {
    const positions = state.cards
      .filter((c) => !c.deleted && c.step === step)
      .map((c) => c.position)
      .sort((a, b) => a - b);
    if (!positions.every((p, i) => p === i)) out.push(`step ${step}: positions ${positions.join(',')}`);
  }
  return out;
}

/** Board content without array order (only `remove` then `add` moves a card within the array). */
const canonical = (s: BoardState) => ({ ...s, cards: [...s.cards].sort((a, b) => a.id.localeCompare(b.id)) });

function expectBoardError(fn: () => unknown, message?: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(BoardError);
    if (message) expect((err as BoardError).message).toBe(message);
    return;
  }
  throw new Error('expected a BoardError');
}

// Three steps: inbox a,b ; step 1: c,d,e ; step 4: f ; a deleted card g remembered at step 1 position 1.
const sample = () =>
  board([
    card('a', null, 0),
    card('b', null, 1),
    card('c', 1, 0, { votes: 2 }),
    card('d', 1, 1, { votes: 5 }),
    card('e', 1, 2, { votes: 2 }),
    card('f', 4, 0),
    card('g', 1, 1, { deleted: true }),
  ]);

// ---------------------------------------------------------------------------
// Examples

describe('add', () => {
  it('puts a new card at the end of its step by default, with defaults', () => {
    const s = sample();
    const next = applyCommand(s, parseCommand({ type: 'add', card: { id: 'x', text: 'Ny observasjon', step: 1 } }));
    expect(ids(next, 1)).toEqual(['c', 'd', 'e', 'x']);
    expect(byId(next, 'x')).toEqual({
      id: 'x',
      text: 'Ny observasjon',
      group: '',
      color: 'yellow',
      step: 1,
      position: 3,
      votes: 0,
      deleted: false,
    });
    next.cards.slice(0, s.cards.length).forEach((c, i) => expect(c).toBe(s.cards[i]));
  });

  it('inserts at a position and renumbers only the cards after it', () => {
    const s = sample();
    const next = applyCommand(s, parseCommand({ type: 'add', card: { id: 'x', text: 'Ny', step: 1, position: 1 } }));
    expect(ids(next, 1)).toEqual(['c', 'x', 'd', 'e']);
    expect(byId(next, 'c')).toBe(byId(s, 'c'));
    expect(byId(next, 'd')).not.toBe(byId(s, 'd'));
    expect(byId(next, 'd').position).toBe(2);
    expect(byId(next, 'g')).toBe(byId(s, 'g'));
    expect(problems(next)).toEqual([]);
  });

  it('goes to the inbox by default and clamps a too-large position', () => {
    const next = applyCommand(sample(), parseCommand({ type: 'add', card: { id: 'x', text: 'Ny', position: 99 } }));
    expect(ids(next, null)).toEqual(['a', 'b', 'x']);
  });

  it('refuses an id that exists, even a deleted card', () => {
    expectBoardError(
      () => applyCommand(sample(), parseCommand({ type: 'add', card: { id: 'g', text: 'Ny' } })),
      'Det finnes allerede et kort med denne id-en.',
    );
  });
});

describe('move', () => {
  it('moves a card into an empty step', () => {
    const s = sample();
    const next = applyCommand(s, { type: 'move', id: 'd', step: 7, position: 0 });
    expect(ids(next, 7)).toEqual(['d']);
    expect(ids(next, 1)).toEqual(['c', 'e']);
    expect(byId(next, 'd')).toMatchObject({ step: 7, position: 0 });
    expect(byId(next, 'e').position).toBe(1);
    for (const id of ['a', 'b', 'c', 'f', 'g']) expect(byId(next, id)).toBe(byId(s, id));
    expect(problems(next)).toEqual([]);
  });

  it('reorders within a step, both directions', () => {
    const s = sample();
    expect(ids(applyCommand(s, { type: 'move', id: 'c', step: 1, position: 2 }), 1)).toEqual(['d', 'e', 'c']);
    expect(ids(applyCommand(s, { type: 'move', id: 'e', step: 1, position: 0 }), 1)).toEqual(['e', 'c', 'd']);
    const swapped = applyCommand(s, { type: 'move', id: 'd', step: 1, position: 2 });
    expect(ids(swapped, 1)).toEqual(['c', 'e', 'd']);
    expect(byId(swapped, 'c')).toBe(byId(s, 'c'));
  });

  it('moves between the inbox and a step', () => {
    const s = sample();
    const placed = applyCommand(s, { type: 'move', id: 'a', step: 1, position: 1 });
    expect(ids(placed, null)).toEqual(['b']);
    expect(ids(placed, 1)).toEqual(['c', 'a', 'd', 'e']);
    const back = applyCommand(placed, { type: 'move', id: 'f', step: null, position: 0 });
    expect(ids(back, null)).toEqual(['f', 'b']);
    expect(ids(back, 4)).toEqual([]);
    expect(problems(back)).toEqual([]);
  });

  it('clamps the position to the end of the target step', () => {
    const next = applyCommand(sample(), { type: 'move', id: 'a', step: 4, position: 50 });
    expect(ids(next, 4)).toEqual(['f', 'a']);
    expect(byId(next, 'a').position).toBe(1);
  });

  it('returns the same state when the card stays where it is', () => {
    const s = sample();
    expect(applyCommand(s, { type: 'move', id: 'd', step: 1, position: 1 })).toBe(s);
    expect(applyCommand(s, { type: 'move', id: 'e', step: 1, position: 40 })).toBe(s);
  });

  it('refuses deleted and unknown cards and bad steps', () => {
    expectBoardError(
      () => applyCommand(sample(), { type: 'move', id: 'g', step: 2, position: 0 }),
      'Kortet er slettet. Gjenopprett det først.',
    );
    expectBoardError(
      () => applyCommand(sample(), { type: 'move', id: 'zz', step: 2, position: 0 }),
      'Fant ikke kortet.',
    );
    expectBoardError(() => applyCommand(sample(), { type: 'move', id: 'a', step: 8, position: 0 }));
  });
});

describe('edit, vote and reveal', () => {
  it('edits text, group and colour; the same values change nothing', () => {
    const s = sample();
    const next = applyCommand(s, { type: 'edit', id: 'b', text: 'Ny tekst', group: 'Bord 3', color: 'pink' });
    expect(byId(next, 'b')).toMatchObject({
      text: 'Ny tekst',
      group: 'Bord 3',
      color: 'pink',
      step: null,
      position: 1,
    });
    expect(applyCommand(next, { type: 'edit', id: 'b', text: 'Ny tekst', group: 'Bord 3', color: 'pink' })).toBe(next);
  });

  it('clamps votes at zero and at the maximum, and undo restores the exact count', () => {
    const s = sample();
    const down = applyCommand(s, { type: 'vote', id: 'c', delta: -5 });
    expect(byId(down, 'c').votes).toBe(0);
    const inv = inverse(s, { type: 'vote', id: 'c', delta: -5 });
    expect(inv).toEqual({ type: 'vote', id: 'c', delta: 2 });
    expect(applyCommand(down, inv)).toEqual(s);
    expect(applyCommand(down, { type: 'vote', id: 'c', delta: -1 })).toBe(down);
    const many = applyCommand(applyCommand(s, { type: 'vote', id: 'c', delta: 999 }), {
      type: 'vote',
      id: 'c',
      delta: 999,
    });
    expect(byId(many, 'c').votes).toBe(MAX_VOTES);
  });

  it('reveals and hides; revealing twice is a no-op', () => {
    const s = sample();
    const shown = applyCommand(s, { type: 'reveal', revealed: true });
    expect(shown.revealed).toBe(true);
    expect(shown.cards).toBe(s.cards);
    expect(applyCommand(shown, { type: 'reveal', revealed: true })).toBe(shown);
  });
});

describe('delete and restore', () => {
  it('takes the card out of its step but remembers its place', () => {
    const s = sample();
    const next = applyCommand(s, { type: 'delete', id: 'c' });
    expect(ids(next, 1)).toEqual(['d', 'e']);
    expect(byId(next, 'c')).toMatchObject({ deleted: true, step: 1, position: 0 });
    expect(
      deletedCards(next)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['c', 'g']);
    expect(problems(next)).toEqual([]);
  });

  it('restore puts the card back exactly', () => {
    const s = sample();
    const deleted = applyCommand(s, { type: 'delete', id: 'd' });
    expect(applyCommand(deleted, { type: 'restore', id: 'd' })).toEqual(s);
    // g remembers step 1 position 1.
    const restored = applyCommand(s, { type: 'restore', id: 'g' });
    expect(ids(restored, 1)).toEqual(['c', 'g', 'd', 'e']);
  });

  it('restore clamps when the step has shrunk, and its inverse still remembers the old place', () => {
    let s = board([card('a', 2, 0), card('b', 2, 1), card('c', 2, 2)]);
    s = applyCommand(s, { type: 'delete', id: 'c' });
    s = applyCommand(s, { type: 'delete', id: 'b' });
    const restoreC: Command = { type: 'restore', id: 'c' };
    const restored = applyCommand(s, restoreC);
    expect(ids(restored, 2)).toEqual(['a', 'c']);
    const inv = inverse(s, restoreC);
    expect(inv).toEqual({ type: 'delete', id: 'c', position: 2 });
    expect(applyCommand(restored, inv)).toEqual(s);
  });

  it('refuses deleting twice, restoring a live card and removing a deleted card', () => {
    expectBoardError(() => applyCommand(sample(), { type: 'delete', id: 'g' }), 'Kortet er allerede slettet.');
    expectBoardError(() => applyCommand(sample(), { type: 'restore', id: 'a' }));
    expectBoardError(() => applyCommand(sample(), { type: 'remove', id: 'g' }));
    expectBoardError(() => applyCommand(sample(), { type: 'delete', id: 'nope' }), 'Fant ikke kortet.');
  });
});

describe('remove', () => {
  it('removes the card and renumbers; its inverse adds it back with votes and place', () => {
    const s = sample();
    const next = applyCommand(s, { type: 'remove', id: 'd' });
    expect(next.cards.map((c) => c.id)).not.toContain('d');
    expect(ids(next, 1)).toEqual(['c', 'e']);
    const inv = inverse(s, { type: 'remove', id: 'd' });
    expect(inv).toEqual({
      type: 'add',
      card: { id: 'd', text: 'Kort d', group: '', color: 'yellow', step: 1, position: 1, votes: 5 },
    });
    expect(parseCommand(inv)).toEqual(inv);
    expect(canonical(applyCommand(next, inv))).toEqual(canonical(s));
  });
});

describe('order and sortByVotes', () => {
  it('orders a step by the given ids; foreign ids are ignored, missing cards follow', () => {
    const s = sample();
    const next = applyCommand(s, { type: 'order', step: 1, ids: ['e', 'a', 'g', 'zz', 'e'] });
    expect(ids(next, 1)).toEqual(['e', 'c', 'd']);
    expect(ids(next, null)).toEqual(['a', 'b']);
    expect(byId(next, 'g')).toBe(byId(s, 'g'));
    expect(applyCommand(s, { type: 'order', step: 1, ids: ['c', 'd', 'e'] })).toBe(s);
  });

  it('sorts by votes, most first, ties in their current order', () => {
    const s = sample();
    const cmd = sortByVotes(s, 1);
    expect(cmd).toEqual({ type: 'order', step: 1, ids: ['d', 'c', 'e'] });
    const sorted = applyCommand(s, cmd);
    expect(ids(sorted, 1)).toEqual(['d', 'c', 'e']);
    expect(applyCommand(sorted, inverse(s, cmd))).toEqual(s);
    expect(sortByVotes(s, 6)).toEqual({ type: 'order', step: 6, ids: [] });
  });
});

describe('queries and validation', () => {
  it('lists live cards by position and deleted cards', () => {
    const s = board([card('b', 3, 1), card('x', 3, 0, { deleted: true }), card('a', 3, 0)]);
    expect(ids(s, 3)).toEqual(['a', 'b']);
    expect(deletedCards(s).map((c) => c.id)).toEqual(['x']);
  });

  it('normalizes gaps in stored positions and keeps sound boards as they are', () => {
    const s = board([card('a', 2, 4), card('b', 2, 9), card('c', null, 0)]);
    const fixed = normalizeBoard(s);
    expect(ids(fixed, 2)).toEqual(['a', 'b']);
    expect(problems(fixed)).toEqual([]);
    expect(byId(fixed, 'c')).toBe(byId(s, 'c'));
    expect(normalizeBoard(fixed)).toBe(fixed);
  });

  it('parseCommand applies defaults and refuses bad input with a Norwegian message', () => {
    expect(parseCommand({ type: 'add', card: { id: 'x', text: '  Hei  ' } })).toEqual({
      type: 'add',
      card: { id: 'x', text: 'Hei', group: '', color: 'yellow', step: null, votes: 0 },
    });
    expectBoardError(() => parseCommand({ type: 'move', id: 'x', step: 9, position: 0 }), 'Ugyldig endring av tavla.');
    expectBoardError(() => parseCommand({ type: 'fly' }));
    expectBoardError(() => parseCommand(null));
  });
});

describe('History', () => {
  it('undoes and redoes, and a new command clears redo', () => {
    const h = new History();
    let s = sample();
    const states = [s];
    for (const cmd of [
      { type: 'move', id: 'a', step: 2, position: 0 },
      { type: 'vote', id: 'a', delta: 3 },
      { type: 'delete', id: 'c' },
    ] satisfies Command[]) {
      const next = applyCommand(s, cmd);
      expect(h.record(s, cmd, next)).toBe(true);
      states.push((s = next));
    }
    expect(h.canUndo).toBe(true);
    expect(h.canRedo).toBe(false);
    s = applyCommand(s, h.undo()!);
    expect(s).toEqual(states[2]);
    s = applyCommand(s, h.undo()!);
    expect(s).toEqual(states[1]);
    expect(h.canRedo).toBe(true);
    s = applyCommand(s, h.redo()!);
    expect(s).toEqual(states[2]);
    const cmd: Command = { type: 'reveal', revealed: true };
    h.record(s, cmd);
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
  });

  it('does not record a command that changed nothing', () => {
    const h = new History();
    const s = sample();
    expect(h.record(s, { type: 'move', id: 'c', step: 1, position: 0 })).toBe(false);
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeNull();
  });

  it('refuses a command that does not fit the board', () => {
    const h = new History();
    expectBoardError(() => h.record(sample(), { type: 'vote', id: 'zz', delta: 1 }));
    expect(h.canUndo).toBe(false);
  });

  it('undoes more than 50 steps, and keeps only `capacity` entries', () => {
    const h = new History();
    expect(h.capacity).toBe(100);
    let s = board([]);
    const states = [s];
    for (let i = 0; i < 130; i++) {
      const cmd: Command =
        i % 3 === 0
          ? {
              type: 'add',
              card: { id: `k${i}`, text: `Kort ${i}`, group: '', color: 'blue', step: (i % 7) + 1, votes: 0 },
            }
          : { type: 'move', id: `k${i - (i % 3)}`, step: i % 2 === 0 ? null : 3, position: i % 4 };
      const next = applyCommand(s, cmd);
      h.record(s, cmd, next);
      states.push((s = next));
    }
    let undone = 0;
    for (let cmd = h.undo(); cmd; cmd = h.undo()) {
      s = applyCommand(s, cmd);
      undone++;
      expect(s).toEqual(states[130 - undone]);
    }
    expect(undone).toBe(100);
    expect(h.canUndo).toBe(false);
    for (let cmd = h.redo(); cmd; cmd = h.redo()) s = applyCommand(s, cmd);
    expect(s).toEqual(states[130]);

    const small = new History(50);
    let t = board([]);
    for (let i = 0; i < 60; i++) {
      const cmd: Command = {
        type: 'add',
        card: { id: `k${i}`, text: 'x', group: '', color: 'white', step: null, votes: 0 },
      };
      const next = applyCommand(t, cmd);
      small.record(t, cmd, next);
      t = next;
    }
    expect(small.undoCount).toBe(50);
    expect(() => new History(0)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------
// Properties

/** A random sound board: ids unique, live positions contiguous per step, deleted cards anywhere. */
const boardArb: fc.Arbitrary<BoardState> = fc
  .record({
    revealed: fc.boolean(),
    specs: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
        step: fc.constantFrom(...STEPS),
        deleted: fc.nat(4).map((n) => n === 0),
        sortKey: fc.double({ noNaN: true }),
        remembered: fc.nat(8),
        votes: fc.nat(6),
        color: fc.constantFrom(...CARD_COLORS),
      }),
      { selector: (c) => c.id, maxLength: 14 },
    ),
  })
  .map(({ revealed, specs }) => {
    const cards: Card[] = specs.map((c) =>
      card(c.id, c.step, c.remembered, { deleted: c.deleted, votes: c.votes, color: c.color }),
    );
    for (const step of STEPS) {
      const live = specs.filter((c) => !c.deleted && c.step === step).sort((x, y) => x.sortKey - y.sortKey);
      live.forEach((spec, i) => (cards.find((c) => c.id === spec.id)!.position = i));
    }
    return deepFreeze({ revealed, cards });
  });

interface Spec {
  kind: number;
  a: number;
  b: number;
  c: number;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  kind: fc.nat(9),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.integer({ min: -4, max: 12 }),
});

const TEXTS = ['Ny tekst', 'Bord 3 sier hei', 'Utestenging i friminuttet'];

/** Turns random numbers into a command that fits `state` (so every command is valid). */
function toCommand(state: BoardState, spec: Spec, allowRemove: boolean): Command {
  const live = state.cards.filter((c) => !c.deleted);
  const dead = state.cards.filter((c) => c.deleted);
  const pick = <T>(list: T[], n: number) => list[n % list.length];
  const step = pick(STEPS, spec.b);
  let kind = spec.kind;
  if (kind === 6 && !allowRemove) kind = 4;
  if ([1, 4, 6, 9].includes(kind) && live.length === 0) kind = 0;
  if (kind === 5 && dead.length === 0) kind = live.length ? 4 : 0;
  if ((kind === 2 || kind === 3) && state.cards.length === 0) kind = 0;
  switch (kind) {
    case 0: {
      let n = spec.a;
      while (state.cards.some((c) => c.id === `n${n}`)) n++;
      const position = spec.c < 0 ? undefined : spec.c;
      return {
        type: 'add',
        card: {
          id: `n${n}`,
          text: pick(TEXTS, spec.a),
          group: '',
          color: pick([...CARD_COLORS], spec.b),
          step,
          position,
          votes: spec.a % 4,
        },
      };
    }
    case 1:
      return {
        type: 'move',
        id: pick(live, spec.a).id,
        step: spec.c < 0 ? pick(live, spec.a).step : step,
        position: Math.max(0, spec.c),
      };
    case 2:
      return {
        type: 'edit',
        id: pick(state.cards, spec.a).id,
        text: pick(TEXTS, spec.b),
        group: spec.c > 5 ? 'Bord 1' : '',
        color: pick([...CARD_COLORS], spec.c + 4),
      };
    case 3:
      return { type: 'vote', id: pick(state.cards, spec.a).id, delta: spec.c === 12 ? 998 : spec.c };
    case 4:
      return { type: 'delete', id: pick(live, spec.a).id };
    case 5:
      return { type: 'restore', id: pick(dead, spec.a).id };
    case 6:
      return { type: 'remove', id: pick(live, spec.a).id };
    case 7:
      return { type: 'reveal', revealed: spec.c % 2 === 0 };
    case 8: {
      // A seeded shuffle of the step's live ids, sometimes with foreign ids or a card left out.
      const own = live.filter((c) => c.step === step).map((c) => c.id);
      let seed = spec.a + 1;
      for (let i = own.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [own[i], own[j]] = [own[j], own[i]];
      }
      if (spec.c > 8) own.pop();
      if (spec.c < 0 && state.cards.length) own.push(pick(state.cards, spec.b).id);
      return { type: 'order', step, ids: own };
    }
    default:
      return sortByVotes(state, pick(live, spec.a).step);
  }
}

/** Applies, and checks purity, identity and the invariants on the way. */
function step(state: BoardState, command: Command): BoardState {
  const before = structuredClone(state);
  const next = deepFreeze(applyCommand(state, command));
  expect(state).toEqual(before);
  expect(problems(next)).toEqual([]);
  expect(next === state).toBe(isDeepStrictEqual(next, state));
  const old = new Map(state.cards.map((c) => [c.id, c]));
  for (const c of next.cards) {
    const prev = old.get(c.id);
    if (prev && isDeepStrictEqual(prev, c)) expect(c).toBe(prev);
  }
  return next;
}

describe('properties', () => {
  it('every command keeps the invariants, and its inverse gives back the board', () => {
    fc.assert(
      fc.property(boardArb, fc.array(specArb, { maxLength: 25 }), (initial, specs) => {
        let s = initial;
        for (const spec of specs) {
          const cmd = toCommand(s, spec, true);
          expect(isValidCommand(cmd)).toBe(true);
          const inv = inverse(s, cmd);
          expect(isValidCommand(inv)).toBe(true);
          const next = step(s, cmd);
          const back = step(next, inv);
          if (cmd.type === 'remove') expect(canonical(back)).toEqual(canonical(s));
          else expect(back).toEqual(s);
          s = next;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('undoing a whole sequence gives back the start, redoing it gives the end', () => {
    fc.assert(
      fc.property(boardArb, fc.array(specArb, { maxLength: 30 }), (initial, specs) => {
        const h = new History();
        let s = initial;
        const states = [s];
        for (const spec of specs) {
          const cmd = toCommand(s, spec, false);
          const next = step(s, cmd);
          if (h.record(s, cmd, next)) states.push(next);
          s = next;
        }
        const end = s;
        for (let i = states.length - 2; i >= 0; i--) {
          s = step(s, h.undo()!);
          expect(s).toEqual(states[i]);
        }
        expect(h.canUndo).toBe(false);
        expect(s).toEqual(initial);
        for (let i = 1; i < states.length; i++) s = step(s, h.redo()!);
        expect(h.canRedo).toBe(false);
        expect(s).toEqual(end);
      }),
      { numRuns: 120 },
    );
  });
});

function isValidCommand(cmd: Command): boolean {
  try {
    return isDeepStrictEqual(parseCommand(cmd), cmd);
  } catch {
    return false;
  }
}
