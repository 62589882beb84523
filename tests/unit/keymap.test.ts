// The keymap's chords: what a key press is called, and how the help shows it.
import { describe, expect, it } from 'vitest';
import { chordLabel, chordOf } from '../../renderer/app/keymap';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => chordOf({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('chordOf', () => {
  it('names printable keys by their character and ignores the Shift that made them', () => {
    expect(press('n')).toBe('n');
    expect(press('N', { shiftKey: true })).toBe('n');
    expect(press('?', { shiftKey: true })).toBe('?');
    expect(press('+', { shiftKey: true })).toBe('+');
    expect(press(' ')).toBe('Space');
  });
  it('puts modifiers first, Ctrl and Cmd alike, Shift with named keys and with mod', () => {
    expect(press('z', { ctrlKey: true })).toBe('mod+z');
    expect(press('z', { metaKey: true })).toBe('mod+z');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('mod+shift+z');
    expect(press('Tab', { shiftKey: true })).toBe('shift+Tab');
    expect(press('PageDown')).toBe('PageDown');
  });
  it('shows chords the way a guide reads them', () => {
    expect(chordLabel('mod+z')).toBe('Ctrl+Z');
    expect(chordLabel('ArrowUp')).toBe('↑');
    expect(chordLabel('+')).toBe('+');
    expect(chordLabel('mod++')).toBe('Ctrl++');
  });
});
