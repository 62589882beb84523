// The Omni-trappa board as pure state and commands. The client applies a
// command, keeps it (with its inverse) for undo/redo, and sends it to the
// workbook, which applies the same function to the stored board: one logic,
// two places that run it.
import { z } from 'zod';
import { t, type MessageKey } from '../i18n';

/** Step 1..7 of the staircase, or null for the inbox (cards not placed yet). */
const StepSchema = z.number().int().min(1).max(7).nullable();
export type Step = number | null;

export const CARD_COLORS = ['yellow', 'blue', 'green', 'pink', 'white'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export const Card = z.strictObject({
  id: z.string(),
  text: z.string(),
  /** Group or table label, e.g. "Bord 3". */
  group: z.string(),
  color: z.enum(CARD_COLORS),
  step: StepSchema,
  /** Order within its step (or the inbox), 0, 1, 2 ... */
  position: z.number().int().min(0),
  votes: z.number().int().min(0),
  /** Set when deleted: the card can be restored until the session is closed. */
  deleted: z.boolean(),
});
export type Card = z.infer<typeof Card>;

export const BoardState = z.strictObject({
  /** While false the cards' texts are hidden from the room (the room writes first). */
  revealed: z.boolean(),
  cards: z.array(Card),
});
export type BoardState = z.infer<typeof BoardState>;

/** The longest card text (the guide sees the count as the limit nears). */
export const CARD_TEXT_MAX = 500;

const CardId = z.string().min(1).max(64);

/** Everything that changes a board. Each has an inverse (see `inverse`). */
export const Command = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add'),
    card: z.object({
      id: CardId,
      text: z.string().trim().min(1).max(CARD_TEXT_MAX),
      group: z.string().trim().max(60).default(''),
      color: z.enum(CARD_COLORS).default('yellow'),
      step: StepSchema.default(null),
      position: z.number().int().min(0).optional(),
      votes: z.number().int().min(0).max(999).default(0),
    }),
  }),
  z.object({ type: z.literal('move'), id: CardId, step: StepSchema, position: z.number().int().min(0) }),
  z.object({
    type: z.literal('edit'),
    id: CardId,
    text: z.string().trim().min(1).max(CARD_TEXT_MAX),
    group: z.string().trim().max(60),
    color: z.enum(CARD_COLORS),
  }),
  z.object({ type: z.literal('vote'), id: CardId, delta: z.number().int().min(-999).max(999) }),
  /**
   * `position`: where a later `restore` puts the card back (default: where it is
   * now). Only the inverse of a `restore` that had to clamp sets it.
   */
  z.object({ type: z.literal('delete'), id: CardId, position: z.number().int().min(0).optional() }),
  z.object({ type: z.literal('restore'), id: CardId }),
  /** Removes a card for good: only the inverse of `add` uses it. */
  z.object({ type: z.literal('remove'), id: CardId }),
  z.object({ type: z.literal('reveal'), revealed: z.boolean() }),
  /** Puts a step's cards in the given order (e.g. sorted by votes). */
  z.object({ type: z.literal('order'), step: StepSchema, ids: z.array(CardId).max(1000) }),
]);
export type Command = z.infer<typeof Command>;
export type CommandInput = z.input<typeof Command>;

// ---------------------------------------------------------------------------
// Errors and validation

/** Why a command could not be applied; `message` is Norwegian and can be shown to the guide. */
export type BoardErrorCode =
  'not-found' | 'duplicate' | 'deleted' | 'already-deleted' | 'not-deleted' | 'invalid-step' | 'invalid-command';

const BOARD_ERROR_MESSAGES: Record<BoardErrorCode, MessageKey> = {
  'not-found': 'board.error.notFound',
  duplicate: 'board.error.duplicate',
  deleted: 'board.error.deleted',
  'already-deleted': 'board.error.alreadyDeleted',
  'not-deleted': 'board.error.notDeleted',
  'invalid-step': 'board.error.invalidStep',
  'invalid-command': 'board.error.invalidCommand',
};

export class BoardError extends Error {
  readonly code: BoardErrorCode;
  constructor(code: BoardErrorCode, options?: ErrorOptions) {
    super(t(BOARD_ERROR_MESSAGES[code]), options);
    this.name = 'BoardError';
    this.code = code;
  }
}

/** Validates untrusted input as a command; throws `BoardError` ('invalid-command', the zod error as `cause`). */
export function parseCommand(input: unknown): Command {
  const result = Command.safeParse(input);
  if (!result.success) throw new BoardError('invalid-command', { cause: result.error });
  return result.data;
}

/** Votes stay within 0..MAX_VOTES, the range `add` accepts (so `remove` always has a valid inverse). */
export const MAX_VOTES = 999;
export const DEFAULT_HISTORY_CAPACITY = 100;

// ---------------------------------------------------------------------------
// Queries

/** The cards shown on a step (null = inbox): not deleted, in their order. */
export function liveCards(state: BoardState, step: Step): Card[] {
  return liveOf(state.cards, step);
}

/** Deleted cards that can still be restored, in the board's array order. */
export function deletedCards(state: BoardState): Card[] {
  return state.cards.filter((c) => c.deleted);
}

/** An `order` command that sorts a step by votes, most first; ties keep their current order. */
export function sortByVotes(state: BoardState, step: Step): Command {
  const sorted = liveOf(state.cards, step).sort((a, b) => b.votes - a.votes);
  return { type: 'order', step, ids: sorted.map((c) => c.id) };
}

/**
 * Renumbers the live cards of every step to 0..n-1 (keeping their order; ties by
 * array order), e.g. for a board read from storage. Untouched cards keep their
 * identity; returns `state` itself when nothing needed fixing.
 */
export function normalizeBoard(state: BoardState): BoardState {
  const patches: Patches = new Map();
  const steps = new Set(state.cards.filter((c) => !c.deleted).map((c) => c.step));
  for (const step of steps) layout(patches, liveOf(state.cards, step), step);
  return commit(state, state.cards, patches);
}

// ---------------------------------------------------------------------------
// Applying commands

/**
 * Applies a command and returns the new board. Pure: `state` is never mutated;
 * only the cards that changed are new objects (compare by identity to find
 * what to persist). A command that changes nothing returns `state` itself.
 * Throws `BoardError` when the command does not fit the board.
 */
export function applyCommand(state: BoardState, command: Command): BoardState {
  const cards = state.cards;
  const patches: Patches = new Map();
  switch (command.type) {
    case 'add': {
      const input = command.card;
      if (cards.some((c) => c.id === input.id)) throw new BoardError('duplicate');
      const step = checkStep(input.step ?? null);
      const list = liveOf(cards, step);
      const at = clampIndex(input.position ?? list.length, list.length);
      const card: Card = {
        id: input.id,
        text: input.text,
        group: input.group ?? '',
        color: input.color ?? 'yellow',
        step,
        position: at,
        votes: clampVotes(input.votes ?? 0),
        deleted: false,
      };
      list.splice(at, 0, card);
      layout(patches, list, step);
      return { ...state, cards: [...patchCards(cards, patches).cards, card] };
    }
    case 'move': {
      const card = findCard(cards, command.id);
      if (card.deleted) throw new BoardError('deleted');
      const step = checkStep(command.step);
      const source = liveOf(cards, card.step).filter((c) => c !== card);
      const target = step === card.step ? [...source] : liveOf(cards, step);
      target.splice(clampIndex(command.position, target.length), 0, card);
      if (step !== card.step) layout(patches, source, card.step);
      layout(patches, target, step);
      return commit(state, cards, patches);
    }
    case 'edit': {
      findCard(cards, command.id);
      patches.set(command.id, { text: command.text, group: command.group, color: command.color });
      return commit(state, cards, patches);
    }
    case 'vote': {
      const card = findCard(cards, command.id);
      patches.set(card.id, { votes: clampVotes(card.votes + command.delta) });
      return commit(state, cards, patches);
    }
    case 'delete': {
      const card = findCard(cards, command.id);
      if (card.deleted) throw new BoardError('already-deleted');
      layout(
        patches,
        liveOf(cards, card.step).filter((c) => c !== card),
        card.step,
      );
      // The card keeps its step and position so `restore` can put it back there.
      const position = command.position ?? liveOf(cards, card.step).indexOf(card);
      patches.set(card.id, { deleted: true, position });
      return commit(state, cards, patches);
    }
    case 'restore': {
      const card = findCard(cards, command.id);
      if (!card.deleted) throw new BoardError('not-deleted');
      const list = liveOf(cards, card.step);
      list.splice(clampIndex(card.position, list.length), 0, card);
      layout(patches, list, card.step);
      patches.set(card.id, { ...patches.get(card.id), deleted: false });
      return commit(state, cards, patches);
    }
    case 'remove': {
      const card = findCard(cards, command.id);
      // Only live cards: a deleted card's remembered place could not be given back by `add`.
      if (card.deleted) throw new BoardError('deleted');
      layout(
        patches,
        liveOf(cards, card.step).filter((c) => c !== card),
        card.step,
      );
      return {
        ...state,
        cards: patchCards(
          cards.filter((c) => c !== card),
          patches,
        ).cards,
      };
    }
    case 'reveal':
      return command.revealed === state.revealed ? state : { ...state, revealed: command.revealed };
    case 'order': {
      const step = checkStep(command.step);
      layout(patches, orderedLive(cards, step, command.ids), step);
      return commit(state, cards, patches);
    }
    default:
      return unknownCommand(command);
  }
}

/**
 * The command that undoes `command`: applying it to `applyCommand(state, command)`
 * gives back `state` (for `remove`, the re-added card goes last in the array;
 * array order carries no meaning). Throws `BoardError` like `applyCommand`.
 */
export function inverse(state: BoardState, command: Command): Command {
  const cards = state.cards;
  switch (command.type) {
    case 'add':
      if (cards.some((c) => c.id === command.card.id)) throw new BoardError('duplicate');
      return { type: 'remove', id: command.card.id };
    case 'remove': {
      const card = findCard(cards, command.id);
      if (card.deleted) throw new BoardError('deleted');
      const { id, text, group, color, step, votes } = card;
      return {
        type: 'add',
        card: { id, text, group, color, step, position: liveOf(cards, step).indexOf(card), votes },
      };
    }
    case 'move': {
      const card = findCard(cards, command.id);
      if (card.deleted) throw new BoardError('deleted');
      checkStep(command.step);
      return { type: 'move', id: card.id, step: card.step, position: liveOf(cards, card.step).indexOf(card) };
    }
    case 'edit': {
      const card = findCard(cards, command.id);
      return { type: 'edit', id: card.id, text: card.text, group: card.group, color: card.color };
    }
    case 'vote': {
      const card = findCard(cards, command.id);
      return { type: 'vote', id: card.id, delta: card.votes - clampVotes(card.votes + command.delta) };
    }
    case 'delete': {
      const card = findCard(cards, command.id);
      if (card.deleted) throw new BoardError('already-deleted');
      return { type: 'restore', id: card.id };
    }
    case 'restore': {
      const card = findCard(cards, command.id);
      if (!card.deleted) throw new BoardError('not-deleted');
      const restoredAt = clampIndex(card.position, liveOf(cards, card.step).length);
      // When restore had to clamp, the delete must remember the original place.
      return restoredAt === card.position
        ? { type: 'delete', id: card.id }
        : { type: 'delete', id: card.id, position: card.position };
    }
    case 'reveal':
      return { type: 'reveal', revealed: state.revealed };
    case 'order': {
      const step = checkStep(command.step);
      return { type: 'order', step, ids: liveOf(cards, step).map((c) => c.id) };
    }
    default:
      return unknownCommand(command);
  }
}

// ---------------------------------------------------------------------------
// Undo and redo

export interface HistoryEntry {
  command: Command;
  inverse: Command;
}

/**
 * Undo/redo stacks for one board. The caller applies what `undo`/`redo` return:
 *
 *   const next = applyCommand(state, cmd); history.record(state, cmd, next);
 *   const undoCmd = history.undo(); if (undoCmd) state = applyCommand(state, undoCmd);
 *
 * Keeps the last `capacity` commands (default 100); older ones fall off.
 */
export class History {
  readonly capacity: number;
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];

  constructor(capacity: number = DEFAULT_HISTORY_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`History capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /**
   * Records `command`, applied to `state` (pass the result as `next` if you have
   * it), and clears the redo stack. A command that changed nothing is not
   * recorded (returns false). Throws `BoardError` if the command does not fit.
   */
  record(state: BoardState, command: Command, next: BoardState = applyCommand(state, command)): boolean {
    if (next === state) return false;
    this.past.push({ command, inverse: inverse(state, command) });
    if (this.past.length > this.capacity) this.past.splice(0, this.past.length - this.capacity);
    this.future = [];
    return true;
  }

  /** The command that undoes the last recorded one (apply it), or null. */
  undo(): Command | null {
    const entry = this.past.pop();
    if (!entry) return null;
    this.future.push(entry);
    return entry.inverse;
  }

  /** The command that redoes the last undone one (apply it), or null. */
  redo(): Command | null {
    const entry = this.future.pop();
    if (!entry) return null;
    this.past.push(entry);
    return entry.command;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoCount(): number {
    return this.past.length;
  }
  get redoCount(): number {
    return this.future.length;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}

// ---------------------------------------------------------------------------
// Internals

type Patch = Partial<Omit<Card, 'id'>>;
type Patches = Map<string, Patch>;

function unknownCommand(command: never): never {
  throw new BoardError('invalid-command', { cause: command });
}

function findCard(cards: readonly Card[], id: string): Card {
  const card = cards.find((c) => c.id === id);
  if (!card) throw new BoardError('not-found');
  return card;
}

function checkStep(step: Step): Step {
  if (step === null || (Number.isInteger(step) && step >= 1 && step <= 7)) return step;
  throw new BoardError('invalid-step');
}

function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

function clampVotes(votes: number): number {
  return Math.min(Math.max(Math.trunc(votes), 0), MAX_VOTES);
}

/** Live cards of a step in position order (a new array; ties keep array order). */
function liveOf(cards: readonly Card[], step: Step): Card[] {
  return cards.filter((c) => !c.deleted && c.step === step).sort((a, b) => a.position - b.position);
}

/** The step's live cards in `ids` order (unknown, foreign and repeated ids ignored), then the rest. */
function orderedLive(cards: readonly Card[], step: Step, ids: readonly string[]): Card[] {
  const live = liveOf(cards, step);
  const byId = new Map(live.map((c) => [c.id, c]));
  const listed: Card[] = [];
  for (const id of ids) {
    const card = byId.get(id);
    if (card) {
      listed.push(card);
      byId.delete(id);
    }
  }
  return [...listed, ...live.filter((c) => byId.has(c.id))];
}

/** Plans `list` as the step's cards at positions 0..n-1. */
function layout(patches: Patches, list: readonly Card[], step: Step): void {
  list.forEach((card, position) => patches.set(card.id, { ...patches.get(card.id), step, position }));
}

/** Applies patches; a card is copied only if a patched field really changes. */
function patchCards(cards: readonly Card[], patches: Patches): { cards: Card[]; changed: boolean } {
  let changed = false;
  const out = cards.map((card) => {
    const patch = patches.get(card.id);
    if (!patch) return card;
    const differs = (Object.keys(patch) as (keyof Patch)[]).some((key) => patch[key] !== card[key]);
    if (!differs) return card;
    changed = true;
    return { ...card, ...patch };
  });
  return { cards: out, changed };
}

function commit(state: BoardState, cards: readonly Card[], patches: Patches): BoardState {
  const result = patchCards(cards, patches);
  return result.changed ? { ...state, cards: result.cards } : state;
}
