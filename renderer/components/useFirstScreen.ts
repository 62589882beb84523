import { useEffect, useState } from 'react';

/**
 * A long list drawn a screenful first: the first `first` items go into the first frame, the rest
 * into the next one, once the browser has painted. The start page's cards are projector-sized (six
 * fit on a 1920x1080 screen), so drawing all 61 of a busy guide before the first paint made the
 * start page appear about 30 ms later (`npm run bench`, start-up rows).
 */
export function useFirstScreen<T>(items: readonly T[] | undefined, first = 12): readonly T[] | undefined {
  const [all, setAll] = useState(false);
  const cut = !all && items !== undefined && items.length > first;
  useEffect(() => {
    if (!cut) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setAll(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [cut]);
  return cut ? items.slice(0, first) : items;
}
