import { useEffect, useState } from 'react';

// Only the first screen after the app opens. Coming back to a list (Back, or a reload) restores its
// scroll position, and that needs the whole list in the first frame.
let opened = false;
function firstScreenOfTheApp(): boolean {
  if (opened) return false;
  opened = true;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type !== 'reload' && navigation?.type !== 'back_forward';
}

/**
 * A long list drawn a screenful first when the app opens on it: the first `first` items go into the
 * first frame, the rest into the next one, once the browser has painted. The start page's cards are
 * projector-sized (six fit on a 1920x1080 screen), so drawing all 61 of a busy guide before the first
 * paint made the start page appear about 30 ms later (`npm run bench`, start-up rows).
 */
export function useFirstScreen<T>(items: readonly T[] | undefined, first = 12): readonly T[] | undefined {
  const [all, setAll] = useState(() => !firstScreenOfTheApp());
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
