// The presentation as both windows see it: the state in the workbook (polled,
// so a change from either window reaches the other), and the actions the
// presentation keys and the control buttons share.
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IDLE_PRESENTATION,
  toggleTimer,
  type Agenda,
  type Presentation,
  type PresentationView,
  type Screen,
} from '../../../shared/presenter/api';
import { NO_TIMER } from '../../../shared/trappa/api';
import { send, type ClientError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { PresenterHandlers } from './keys';

/** How often the windows look for each other's changes (the workbook is local: a poll is cheap). */
export const POLL_MS = { state: 400, data: 1500 } as const;

export function usePresentation(pollMs: number = POLL_MS.state) {
  return useQuery<Presentation, ClientError>({
    queryKey: ['presenter.state', {}],
    queryFn: () => send('presenter.state', {}),
    refetchInterval: pollMs,
    placeholderData: (prev) => prev,
  });
}

export function useAgenda(sessionId: string | null, pollMs: number = POLL_MS.data) {
  return useQuery<Agenda, ClientError>({
    queryKey: ['agenda.get', { sessionId }],
    queryFn: () => send('agenda.get', { sessionId: sessionId! }),
    enabled: sessionId !== null,
    refetchInterval: pollMs,
    placeholderData: (prev) => (prev?.sessionId === sessionId ? prev : undefined),
  });
}

/** A read that follows the other window: polled while the room shows it. */
export function usePolled<T>(
  key: readonly unknown[],
  fetch: () => Promise<T>,
  enabled = true,
  pollMs: number = POLL_MS.data,
) {
  return useQuery<T, ClientError>({
    queryKey: key,
    queryFn: fetch,
    enabled,
    refetchInterval: pollMs,
    placeholderData: (prev) => prev,
  });
}

/** Epoch ms, ticking while `running`. */
export function useNow(running: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock is the external system
    setNow(Date.now());
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [running, everyMs]);
  return now;
}

const toggleFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
};

/**
 * The presentation's actions over the state in the workbook. `sessionId` is the
 * session the control window runs; the room view passes the state's own.
 */
export function usePresenterControl(sessionId: string | null) {
  const state = usePresentation();
  const agenda = useAgenda(sessionId);
  const queryClient = useQueryClient();
  const mutation = useApiMutation('presenter.set');
  const p = state.data ?? IDLE_PRESENTATION;
  const items = agenda.data?.items ?? [];
  const active = p.sessionId === sessionId;
  const index = active ? items.findIndex((i) => i.id === p.itemId) : -1;

  const set = (input: {
    itemId?: string | null;
    screen?: Screen;
    timer?: Presentation['timer'];
    view?: PresentationView;
    theme?: Presentation['theme'];
    fontScale?: number;
  }) => {
    // Seen at once in this window; the other window follows at its next poll.
    queryClient.setQueryData<Presentation>(['presenter.state', {}], (old) =>
      old ? { ...old, ...input, sessionId } : old,
    );
    mutation.mutate(
      { sessionId, ...input },
      { onSuccess: (value) => queryClient.setQueryData(['presenter.state', {}], value) },
    );
  };
  const go = (i: number) => {
    if (items.length === 0) return;
    const to = Math.max(0, Math.min(items.length - 1, i));
    if (to !== index || !active) set({ itemId: items[to].id, screen: 'show' });
  };
  const screen = (s: Screen) => set({ screen: p.screen === s ? 'show' : s });
  const current = index >= 0 ? items[index] : null;

  const actions: PresenterHandlers = {
    next: () => go(index + 1),
    prev: () => go(index <= 0 ? 0 : index - 1),
    black: () => screen('black'),
    white: () => screen('white'),
    fullscreen: toggleFullscreen,
    // The key help is a dialog: it closes on Esc itself, before these keys see it.
    escape: () => {
      if (p.screen !== 'show') set({ screen: 'show' });
      else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else return false;
      return true;
    },
    timer: () => set({ timer: toggleTimer(p.timer, Date.now(), current?.plannedMinutes || 5) }),
  };
  return {
    state: p,
    loaded: state.isSuccess && (sessionId === null || agenda.isSuccess),
    error: state.error ?? agenda.error ?? mutation.error,
    agenda: agenda.data ?? null,
    items,
    index,
    current,
    active,
    actions,
    go,
    /** Jump by the number the room sees (1-based). */
    jump: (n: number) => go(n - 1),
    set,
    resetTimer: () => set({ timer: NO_TIMER }),
  };
}
export type PresenterControl = ReturnType<typeof usePresenterControl>;
