// A draft the guide has not saved yet, kept in the browser's local storage
// under `key`: it survives switching tab, navigating away, a reload and a
// restart, until the screen clears it (saved or discarded).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'omniverksted.draft.';

function read<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export interface StoredDraft {
  /** True when the value came from a draft left from before. */
  restored: boolean;
  /** Forget the stored draft (after saving or discarding). */
  clear(): void;
}

/**
 * State like useState, mirrored to storage while `keep(value)` says it is
 * worth keeping (e.g. something was typed); otherwise the stored draft is removed.
 */
export function useStoredDraft<T>(
  key: string,
  initial: () => T,
  keep: (value: T) => boolean,
): [T, Dispatch<SetStateAction<T>>, StoredDraft] {
  const [restored, setRestored] = useState(() => read<T>(key) !== undefined);
  const [value, setValue] = useState<T>(() => read<T>(key) ?? initial());
  const keepRef = useRef(keep);
  // Layout effects run before effects: the save below always sees the latest `keep`.
  useLayoutEffect(() => {
    keepRef.current = keep;
  });
  useEffect(() => {
    try {
      if (keepRef.current(value)) window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
      else window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage full or unavailable: the draft lives on screen only.
    }
  }, [key, value]);
  const clear = useCallback(() => {
    setRestored(false);
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // nothing stored
    }
  }, [key]);
  return [value, setValue, { restored, clear }];
}
