// How many children of a box fit inside it: the rest become "+N more". Measured
// after layout (no guessing of text widths), again whenever the box resizes or
// the content changes.
import { useLayoutEffect, useRef, useState } from 'react';

export function useFit<E extends HTMLElement>(count: number, contentKey: string) {
  const ref = useRef<E>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [size, setSize] = useState('');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new size or new content: show everything, then measure.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a reset before measuring, in the same layout pass
  useLayoutEffect(() => setShown(null), [size, contentKey, count]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown !== null) return;
    const box = el.getBoundingClientRect();
    const items = [...el.children].filter((c) => !(c as HTMLElement).dataset.more) as HTMLElement[];
    const fits = (c: HTMLElement) => {
      const r = c.getBoundingClientRect();
      return r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5;
    };
    const firstOut = items.findIndex((c) => !fits(c));
    // Room for the "+N" chip: one card fewer than fit.
    setShown(firstOut === -1 ? count : Math.max(0, firstOut - 1));
  }, [shown, count]);

  return { ref, shown: shown ?? count, measuring: shown === null };
}

/**
 * The largest of `steps` text sizes (0 = largest) at which a box's content fits
 * without scrolling: tried from the largest down, again when the box resizes or
 * the content changes.
 */
export function useShrinkToFit<E extends HTMLElement>(steps: number, contentKey: string) {
  const ref = useRef<E>(null);
  const [step, setStep] = useState(0);
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a reset before measuring, in the same layout pass
  useLayoutEffect(() => setStep(0), [size, contentKey]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && step < steps - 1 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
      setStep(step + 1);
  }, [step, steps, size, contentKey]);
  return { ref, step };
}
