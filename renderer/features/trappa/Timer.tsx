// The exercise timer: start, pause, add a minute; visible on the board; a
// calm signal (a soft chime and a slow glow, no alarm) when time is up.
import { useEffect, useRef, useState } from 'react';
import { NO_TIMER, type Timer as TimerState } from '../../../shared/trappa/api';
import { t } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';

const MINUTE = 60_000;
const remaining = (timer: TimerState, now: number) =>
  timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
/** The time, read in event handlers only (never during render). */
const nowMs = () => Date.now();
const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A soft two-note chime made on the spot (no sound files, nothing loaded). */
function chime(): void {
  try {
    const ctx = new AudioContext();
    [523.25, 659.25].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = ctx.currentTime + i * 0.45;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.18, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 1.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 1.7);
    });
    setTimeout(() => void ctx.close(), 2500);
  } catch {
    // No audio device: the glow on the board is the signal.
  }
}

export function BoardTimer({ boardId, initial }: { boardId: string; initial: TimerState }) {
  const [timer, setTimer] = useState<TimerState>(initial);
  const [now, setNow] = useState(() => Date.now());
  const save = useApiMutation('boards.setTimer');
  const signalled = useRef(false);
  const left = remaining(timer, now);
  const running = timer.endsAt !== null && left > 0;
  const done = timer.durationMs > 0 && left === 0;

  useEffect(() => {
    if (timer.endsAt === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer.endsAt]);

  useEffect(() => {
    if (done && timer.endsAt !== null && !signalled.current) {
      signalled.current = true;
      chime();
    }
    if (!done) signalled.current = false;
  }, [done, timer.endsAt]);

  const update = (next: TimerState) => {
    setTimer(next);
    setNow(nowMs());
    save.mutate({ boardId, timer: next });
  };
  const start = (minutes: number) =>
    update({ durationMs: minutes * MINUTE, endsAt: nowMs() + minutes * MINUTE, remainingMs: minutes * MINUTE });
  const pause = () => update({ ...timer, endsAt: null, remainingMs: left });
  const resume = () => update({ ...timer, endsAt: nowMs() + timer.remainingMs });
  const addMinute = () =>
    update(
      timer.endsAt !== null && left > 0
        ? { ...timer, durationMs: timer.durationMs + MINUTE, endsAt: timer.endsAt + MINUTE }
        : { durationMs: timer.durationMs + MINUTE, endsAt: nowMs() + left + MINUTE, remainingMs: left + MINUTE },
    );

  return (
    <div
      className={`timer${running ? ' timer--running' : ''}${done ? ' timer--done' : ''}`}
      role="timer"
      aria-label={t('trappa.timer')}
    >
      <span className="timer__clock" aria-live={done ? 'polite' : 'off'}>
        {done ? t('trappa.timer.done') : timer.durationMs > 0 ? clock(left) : '0:00'}
      </span>
      {timer.durationMs === 0 || done ? (
        <>
          <button type="button" className="button button--small" onClick={() => start(5)}>
            {t('trappa.timer.start', { minutes: 5 })}
          </button>
          <button type="button" className="button button--small" onClick={() => start(10)}>
            {t('trappa.timer.start', { minutes: 10 })}
          </button>
        </>
      ) : running ? (
        <button type="button" className="button button--small" onClick={pause}>
          {t('trappa.timer.pause')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={resume}>
          {t('trappa.timer.resume')}
        </button>
      )}
      {timer.durationMs > 0 && (
        <>
          <button type="button" className="button button--small" onClick={addMinute}>
            {t('trappa.timer.addMinute')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => update(NO_TIMER)}>
            {t('trappa.timer.reset')}
          </button>
        </>
      )}
    </div>
  );
}
