// The presentation's keys, registered on the app's keymap (app/keymap.ts) as
// tool bindings of the control page and the room page: the key help (`?`)
// lists them from there. Presentation clickers send PageDown/PageUp (some send
// '.' for black, F5 for full screen); B and W black or white out the room; T
// starts or pauses the timer; a number and Enter jumps to that agenda item.
// Being tool bindings, they never act while the guide types or a dialog is
// open, and on the control page B is the room's black screen, not the
// laptop's blackout (App.tsx leaves that one out there).
import { useRef } from 'react';
import { t, type MessageKey } from '../../../shared/i18n';
import { useKeymap, type KeyBinding } from '../../app/keymap';

export type PresenterAction = 'next' | 'prev' | 'black' | 'white' | 'fullscreen' | 'escape' | 'timer';

/** Returns false when it had nothing to do (the key is passed on). */
export type PresenterHandlers = Record<PresenterAction, () => void | boolean>;

interface Binding {
  keys: readonly string[];
  action: PresenterAction;
  /** What the key help says. */
  description: MessageKey;
  /** What the key help shows as the key. */
  label: string;
}

const BINDINGS: readonly Binding[] = [
  {
    keys: ['PageDown', 'ArrowRight', 'ArrowDown', 'Space'],
    action: 'next',
    description: 'keys.next',
    label: 'PageDown / →',
  },
  { keys: ['PageUp', 'ArrowLeft', 'ArrowUp'], action: 'prev', description: 'keys.prev', label: 'PageUp / ←' },
  { keys: ['b', '.'], action: 'black', description: 'keys.black', label: 'B' },
  { keys: ['w', ','], action: 'white', description: 'keys.white', label: 'W' },
  { keys: ['f', 'F5'], action: 'fullscreen', description: 'keys.fullscreen', label: 'F' },
  { keys: ['Escape'], action: 'escape', description: 'keys.escape', label: 'Esc' },
  { keys: ['t'], action: 'timer', description: 'keys.timer', label: 'T' },
];

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Space and the arrows on a focused button keep their own meaning. */
const keepsOwnMeaning = (e: KeyboardEvent) =>
  (e.key === ' ' || e.key.startsWith('Arrow')) && document.activeElement instanceof HTMLButtonElement;

/** The presentation's keys while the page is shown: tool bindings in the keymap. */
export function usePresenterKeys(handlers: PresenterHandlers, jump: (itemNumber: number) => void): void {
  // The number typed so far for number + Enter; any other presentation key forgets it.
  const digits = useRef('');
  const bindings: KeyBinding[] = BINDINGS.map((b) => ({
    keys: b.keys,
    label: b.label,
    description: t(b.description),
    run: (e) => {
      if (keepsOwnMeaning(e)) return false;
      digits.current = '';
      return handlers[b.action]();
    },
  }));
  /* eslint-disable react-hooks/refs -- digits is read and written only inside key handlers, never during render */
  bindings.push(
    {
      keys: DIGITS,
      label: t('keys.jumpKeys'),
      description: t('keys.jump'),
      run: (e) => {
        digits.current = (digits.current + e.key).slice(-3);
      },
    },
    {
      keys: ['Enter'],
      when: () => digits.current !== '',
      run: () => {
        const n = Number(digits.current);
        digits.current = '';
        jump(n);
      },
    },
  );
  /* eslint-enable react-hooks/refs */
  useKeymap('tool', bindings);
}
