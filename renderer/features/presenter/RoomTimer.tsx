// The presentation's timer as both windows show it: large in the room, a
// countdown that runs from the same end time in both.
import { clock, timeLeft } from '../../../shared/presenter/api';
import type { Timer } from '../../../shared/trappa/api';
import { t } from '../../../shared/i18n';
import { useNow } from './presentation';

export function RoomTimer({ timer, className = '' }: { timer: Timer; className?: string }) {
  const now = useNow(timer.endsAt !== null);
  if (timer.durationMs === 0) return null;
  const left = timeLeft(timer, now);
  const done = left === 0;
  const state = done ? 'done' : timer.endsAt !== null ? 'running' : 'paused';
  return (
    <div
      className={`room-timer room-timer--${state} ${className}`}
      role="timer"
      aria-label={t('room.timer')}
      data-timer-state={state}
    >
      <span className="room-timer__clock">{done ? t('room.timer.done') : clock(left)}</span>
    </div>
  );
}
