import { useKeymap } from '../app/keymap';

/** A single-key shortcut for the page (e.g. N for new): a tool binding in the keymap, listed in the key help. */
export function useShortcut(key: string, description: string, action: () => void): void {
  useKeymap('tool', [{ keys: [key], description, run: action }]);
}
