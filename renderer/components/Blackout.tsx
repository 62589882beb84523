// Presenter keys on every page: B blacks the projector out (any key or click
// brings the picture back), F toggles full screen.
import { useState } from 'react';
import { t } from '../../shared/i18n';
import { useKeymap, useKeyOverlay } from '../app/keymap';

export function PresenterKeys() {
  const [black, setBlack] = useState(false);
  useKeyOverlay(black, () => setBlack(false));
  useKeymap('global', [
    { keys: ['b', '.'], label: 'B', description: t('keys.blackout'), run: () => setBlack(true) },
    {
      keys: ['f'],
      description: t('keys.fullscreen'),
      run: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      },
    },
  ]);
  if (!black) return null;
  return (
    <div
      className="blackout"
      role="presentation"
      aria-label={t('presenter.blackout')}
      onClick={() => setBlack(false)}
    />
  );
}
