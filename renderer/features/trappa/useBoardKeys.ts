// The board's keys, as tool bindings in the keymap (so the key help lists
// them and Ctrl+Z here never also undoes a deletion elsewhere). Keys on a card
// act on the card that has the focus.
import { liveCards, type BoardState, type Card, type Command, type Step } from '../../../shared/trappa/board';
import { t } from '../../../shared/i18n';
import { useKeymap, type KeyBinding } from '../../app/keymap';

export interface BoardKeyActions {
  state: () => BoardState | undefined;
  run: (command: Command) => void;
  move: (card: Card, step: Step, position?: number) => void;
  /** Where the focus goes after the next change (a card id). */
  focusAfter: (id: string | null) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  newCard: () => void;
  open: (card: Card) => void;
  edit: (card: Card) => void;
  action: (card: Card) => void;
}

/** The card that has the keyboard focus, if any. */
function focusedCard(state: BoardState | undefined): Card | null {
  const id = (document.activeElement as HTMLElement | null)?.closest?.('[data-card-id]')?.getAttribute('data-card-id');
  return (id && state?.cards.find((c) => c.id === id && !c.deleted)) || null;
}

export function useBoardKeys(a: BoardKeyActions): void {
  /** A binding that acts on the focused card. */
  const onCard = (
    keys: string[],
    description: string | undefined,
    act: (card: Card, e: KeyboardEvent) => void,
    label?: string,
  ): KeyBinding => ({
    keys,
    label,
    description,
    when: () => focusedCard(a.state()) !== null,
    run: (e) => act(focusedCard(a.state())!, e),
  });
  const place = (card: Card, step: Step) => a.move(card, step);
  const shift = (card: Card, by: number) => {
    const live = liveCards(a.state()!, card.step);
    const index = live.findIndex((c) => c.id === card.id);
    if (index + by >= 0 && index + by < live.length) a.move(card, card.step, index + by);
  };
  const vote = (card: Card, delta: number) => {
    a.focusAfter(card.id);
    a.run({ type: 'vote', id: card.id, delta });
  };

  useKeymap('tool', [
    { keys: ['n'], description: t('keys.board.newCard'), run: a.newCard },
    {
      keys: ['i'],
      description: t('keys.board.nextInbox'),
      run: () => {
        const state = a.state();
        if (!state) return false;
        const inbox = liveCards(state, null);
        const on = focusedCard(state);
        const next = on?.step === null ? (inbox[inbox.findIndex((c) => c.id === on.id) + 1] ?? inbox[0]) : inbox[0];
        if (next) document.querySelector<HTMLElement>(`[data-card-id="${next.id}"]`)?.focus();
      },
    },
    onCard(['1', '2', '3', '4', '5', '6', '7'], t('keys.board.place'), (card, e) => place(card, Number(e.key)), '1–7'),
    onCard(['0'], t('keys.board.toInbox'), (card) => place(card, null)),
    onCard(
      ['ArrowUp'],
      t('keys.board.upDown'),
      (card) => place(card, card.step === null ? 1 : Math.min(7, card.step + 1)),
      '↑ / ↓',
    ),
    onCard(
      ['ArrowDown'],
      undefined,
      (card) => card.step !== null && place(card, card.step === 1 ? null : card.step - 1),
    ),
    onCard(['ArrowLeft'], t('keys.board.leftRight'), (card) => shift(card, -1), '← / →'),
    onCard(['ArrowRight'], undefined, (card) => shift(card, 1)),
    onCard(['+', '='], t('keys.board.vote'), (card) => vote(card, 1), '+ / −'),
    onCard(['-'], undefined, (card) => vote(card, -1)),
    onCard(['Enter', 'Space'], t('keys.board.large'), a.open, 'Enter'),
    onCard(['e'], t('keys.board.edit'), a.edit),
    onCard(['t'], t('keys.board.action'), a.action),
    onCard(
      ['Delete', 'Backspace'],
      t('keys.board.delete'),
      (card) => {
        const live = liveCards(a.state()!, card.step);
        const index = live.findIndex((c) => c.id === card.id);
        a.focusAfter((live[index + 1] ?? live[index - 1])?.id ?? null);
        a.run({ type: 'delete', id: card.id });
      },
      'Delete',
    ),
    { keys: ['mod+z'], label: 'Ctrl+Z', description: t('keys.board.undo'), when: () => a.canUndo, run: a.undo },
    {
      keys: ['mod+y', 'mod+shift+z'],
      label: 'Ctrl+Y',
      description: t('keys.board.redo'),
      when: () => a.canRedo,
      run: a.redo,
    },
  ]);
}
