// Presenter keys on every page: B blacks the projector out (any key or click
// brings the picture back), F toggles full screen.
import { useEffect, useState } from 'react';
import { t } from '../../shared/i18n';

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

export function PresenterKeys() {
  const [black, setBlack] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (black) {
        e.preventDefault();
        e.stopImmediatePropagation();
        setBlack(false);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      const k = e.key.toLowerCase();
      if (k === 'b' || k === '.') {
        e.preventDefault();
        setBlack(true);
      } else if (k === 'f') {
        e.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    // Capture: the blackout takes the key before any page does.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [black]);
  if (!black) return null;
  return <div className="blackout" role="presentation" aria-label={t('presenter.blackout')} onClick={() => setBlack(false)} />;
}
