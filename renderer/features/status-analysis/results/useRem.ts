import { useEffect, useState } from 'react';
import { remPx } from './numbers';

/** The root font size in px, updated when the window (and so the type) is resized. */
export function useRem(): number {
  const [rem, setRem] = useState(remPx);
  useEffect(() => {
    const update = () => setRem(remPx());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return rem;
}
