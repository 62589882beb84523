// The presentation's keys, as one table of bindings (to be moved onto the app's
// keymap when it exists). Presentation clickers send PageDown/PageUp; B and W
// black or white out the room; T starts or pauses the timer; a number and Enter
// jumps to that agenda item.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n';

export type PresenterAction = 'next' | 'prev' | 'black' | 'white' | 'fullscreen' | 'escape' | 'timer' | 'help';

export interface Binding {
  keys: readonly string[];
  action: PresenterAction;
  /** What the key help says. */
  label: MessageKey;
  /** What the key help shows as the key. */
  shown: string;
}

export const BINDINGS: readonly Binding[] = [
  { keys: ['PageDown', 'ArrowRight', 'ArrowDown', ' '], action: 'next', label: 'keys.next', shown: 'PageDown / →' },
  { keys: ['PageUp', 'ArrowLeft', 'ArrowUp'], action: 'prev', label: 'keys.prev', shown: 'PageUp / ←' },
  { keys: ['b', 'B', '.'], action: 'black', label: 'keys.black', shown: 'B' },
  { keys: ['w', 'W', ','], action: 'white', label: 'keys.white', shown: 'W' },
  { keys: ['f', 'F', 'F5'], action: 'fullscreen', label: 'keys.fullscreen', shown: 'F' },
  { keys: ['Escape'], action: 'escape', label: 'keys.escape', shown: 'Esc' },
  { keys: ['t', 'T'], action: 'timer', label: 'keys.timer', shown: 'T' },
  { keys: ['?'], action: 'help', label: 'keys.help', shown: '?' },
];

const byKey = new Map(BINDINGS.flatMap((b) => b.keys.map((k) => [k, b.action] as const)));

/** The action a key press asks for, or null. Pure: the tests and the hook share it. */
export function actionFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return byKey.get(e.key) ?? null;
}

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

/** Listens for the presentation's keys while the page is shown; never while typing or in a dialog. */
export function usePresenterKeys(handlers: Record<PresenterAction, () => void>, jump: (itemNumber: number) => void): void {
  const latest = useRef({ handlers, jump });
  useLayoutEffect(() => {
    latest.current = { handlers, jump };
  });
  useEffect(() => {
    let digits = '';
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      if (/^[0-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        digits = (digits + e.key).slice(-3);
        return;
      }
      if (e.key === 'Enter' && digits) {
        e.preventDefault();
        const n = Number(digits);
        digits = '';
        latest.current.jump(n);
        return;
      }
      digits = '';
      const action = actionFor(e);
      // Space and arrows on a focused button or link keep their own meaning.
      if (!action || ((e.key === ' ' || e.key.startsWith('Arrow')) && document.activeElement instanceof HTMLButtonElement)) return;
      e.preventDefault();
      latest.current.handlers[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
