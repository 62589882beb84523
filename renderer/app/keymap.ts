// The one keyboard layer. Every page-wide key goes through here: nothing else
// listens to `keydown` on the window.
//
// A binding lives in one of four scopes; a key press is offered to the scopes
// that apply right now, most specific first:
//
//   overlay  something covers the screen (the blackout): it takes every key
//   dialog   a modal <dialog> is open: only dialog bindings (the dialog's own
//            controls and Esc work as the browser gives them)
//   typing   the focus is in a text field, a text area or a list box: only
//            typing bindings (so N, B, Ctrl+Z etc. type or undo text as usual).
//            A list box (<select>) only types letters and moves on arrows: a
//            Ctrl chord means nothing there, so it goes on to the tool and the
//            app (Ctrl+Z right after choosing in a select undoes that change)
//   tool     otherwise: the tool on the page (the board, the form grid) ...
//   global   ... and then the app (blackout, full screen, key help, the
//            deletion bar's Ctrl+Z)
//
// Within a scope the binding registered last is asked first; a binding whose
// `when` is false, or whose `run` returns false, passes the key on. So "Ctrl+Z
// undoes exactly one thing": the board's undo is a tool binding active while
// it has something to undo; the deletion bar's is a global one.
//
// A key a focused control has already handled (`preventDefault` in its own
// onKeyDown) is not offered here again.
//
// Use from a component:
//
//   useKeymap('tool', [
//     { keys: ['n'], description: t('keys.board.newCard'), run: () => input.current?.focus() },
//     { keys: ['mod+z'], label: 'Ctrl+Z', description: t('keys.undo'), when: () => canUndo, run: undo },
//   ]);
//
// Chords: a printable key as its character, lower case ('n', '?', '+', '1');
// a named key by its `KeyboardEvent.key` ('Enter', 'ArrowUp', 'PageDown',
// 'Delete', 'Space' for the space bar); modifiers in front, in this order:
// 'mod+' (Ctrl, or Cmd on a Mac), 'alt+', 'shift+'. Shift is part of the chord
// only with a named key or with mod ('mod+shift+z', 'shift+Tab'); a printable
// key already says it ('?' is Shift+'+' on a Norwegian keyboard).
//
// The key help (`?`) lists every binding that has a `description`, taken from
// this registry when it opens: see `registeredBindings` and KeyHelp.tsx.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { t } from '../../shared/i18n';

export type KeyScope = 'dialog' | 'typing' | 'tool' | 'global';

export interface KeyBinding {
  /** The chords that trigger it (see the top of this file). */
  keys: readonly string[];
  /** How the key help shows the key(s), e.g. '1–7' or 'Ctrl+Z' (default: the chords). */
  label?: string;
  /** What it does, in Norwegian from the catalogue. Without one the binding is not listed in the help. */
  description?: string;
  /** Checked at each key press; false passes the key on. */
  when?: () => boolean;
  /** Returns false when it did not handle the key after all (it is passed on); else the key's default is prevented. */
  run: (e: KeyboardEvent) => void | boolean;
}

interface Entry {
  id: number;
  scope: KeyScope;
  bindings: { current: readonly KeyBinding[] };
}

let entries: Entry[] = [];
let nextId = 1;
let overlays: { id: number; onKey: { current: (e: KeyboardEvent) => void } }[] = [];
let installed = false;

/** True when the focus is where keys type text (so single-letter keys must not act). */
export function isTyping(el: Element | null = document.activeElement): boolean {
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type);
  return (
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True while a modal dialog is open. */
export const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;

/** The chord a key press stands for, e.g. 'mod+z', 'ArrowUp', '?'. */
export function chordOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const mod = e.ctrlKey || e.metaKey;
  const named = e.key.length > 1 || e.key === ' ';
  const key = e.key === ' ' ? 'Space' : named ? e.key : e.key.toLowerCase();
  const parts: string[] = [];
  if (mod) parts.push('mod');
  if (e.altKey) parts.push('alt');
  if (e.shiftKey && (named || mod)) parts.push('shift');
  parts.push(key);
  return parts.join('+');
}

/** The scopes a key press (`chord`) is offered to right now, most specific first. */
export function activeScopes(chord: string): KeyScope[] {
  if (dialogOpen()) return ['dialog'];
  if (isTyping()) {
    const listBox = document.activeElement instanceof HTMLSelectElement;
    return listBox && chord.startsWith('mod+') ? ['typing', 'tool', 'global'] : ['typing'];
  }
  return ['tool', 'global'];
}

function onKeyDown(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.isComposing) return;
  const chord = chordOf(e);
  for (const scope of activeScopes(chord)) {
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry.scope !== scope) continue;
      for (const b of entry.bindings.current) {
        if (!b.keys.includes(chord) || (b.when && !b.when())) continue;
        if (b.run(e) === false) continue;
        e.preventDefault();
        return;
      }
    }
  }
}

function onKeyDownCapture(e: KeyboardEvent): void {
  const top = overlays.at(-1);
  if (!top) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  top.onKey.current(e);
}

function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('keydown', onKeyDown);
  // Capture: an overlay takes the key before any page or control sees it.
  window.addEventListener('keydown', onKeyDownCapture, true);
}

/**
 * Registers `bindings` in `scope` while the component is mounted. The bindings
 * may change every render (the latest are used); they are asked in order.
 */
export function useKeymap(scope: KeyScope, bindings: readonly KeyBinding[]): void {
  const ref = useRef(bindings);
  // The latest bindings, set after each render (a key press always comes after it).
  useLayoutEffect(() => {
    ref.current = bindings;
  });
  useEffect(() => {
    install();
    const entry: Entry = { id: nextId++, scope, bindings: ref };
    entries = [...entries, entry];
    return () => {
      entries = entries.filter((x) => x !== entry);
    };
  }, [scope]);
}

/**
 * Keys a focused control handles in its own onKeyDown (a grid's arrows, a list's digits), listed in the
 * key help with the tool's keys. They are registered without chords, so the keymap never acts on them.
 */
export function useKeyHints(hints: readonly { chords: readonly string[]; description: string }[]): void {
  useKeymap(
    'tool',
    hints.map((h) => ({
      keys: [],
      label: h.chords.map(chordLabel).join(' '),
      description: h.description,
      run: () => false,
    })),
  );
}

/** While `active`, every key press goes to `onKey` and nowhere else (e.g. the blackout). */
export function useKeyOverlay(active: boolean, onKey: (e: KeyboardEvent) => void): void {
  const ref = useRef(onKey);
  useLayoutEffect(() => {
    ref.current = onKey;
  });
  useEffect(() => {
    if (!active) return;
    install();
    const overlay = { id: nextId++, onKey: ref };
    overlays = [...overlays, overlay];
    return () => {
      overlays = overlays.filter((x) => x !== overlay);
    };
  }, [active]);
}

export interface HelpLine {
  scope: KeyScope;
  label: string;
  description: string;
}

/** Show 'mod+z' as 'Ctrl+Z', 'ArrowUp' as '↑'. */
export function chordLabel(chord: string): string {
  return chord
    .split(/\+(?!$)/)
    .map((part) => KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
const KEY_NAMES: Record<string, string> = {
  mod: 'Ctrl',
  alt: 'Alt',
  shift: 'Shift',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Space: t('keys.name.space'),
  Escape: 'Esc',
};

/**
 * Every described binding registered now in the tool and global scopes (the
 * page's keys first), without repeats: what the key help shows.
 */
export function registeredBindings(): HelpLine[] {
  const lines: HelpLine[] = [];
  const seen = new Set<string>();
  for (const scope of ['tool', 'global'] as const) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].scope !== scope) continue;
      for (const b of entries[i].bindings.current) {
        if (!b.description) continue;
        const label = b.label ?? b.keys.map(chordLabel).join(' / ');
        const id = `${label}\u0000${b.description}`;
        if (seen.has(id)) continue;
        seen.add(id);
        lines.push({ scope, label, description: b.description });
      }
    }
  }
  return lines;
}
