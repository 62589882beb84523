// The board's writes: a command is applied once, to the board in the query
// cache (so every screen that reads `boards.get` sees it, now and after
// navigating away and back), remembered for undo/redo, and sent to the
// workbook in order. A write the workbook refuses puts the stored board back
// on screen and says so.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { applyCommand, History, type BoardState, type Command } from '../../../shared/trappa/board';
import type { BoardDetail } from '../../../shared/trappa/api';
import { t } from '../../../shared/i18n';
import { send } from '../../api/client';
import { queryKeyOf } from '../../api/hooks';

export interface BoardCommands {
  /** Applies `command` here at once, records it for undo and writes it. */
  run(command: Command): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Writes sent and not yet confirmed. */
  pending: number;
  error: Error | null;
  /** The board as it is on screen now (for handlers between renders). */
  current(): BoardState | undefined;
}

export function useBoardCommands(boardId: string): BoardCommands {
  const queryClient = useQueryClient();
  const key = useMemo(() => queryKeyOf('boards.get', { id: boardId }), [boardId]);
  const history = useRef(new History());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const failed = useRef(false);
  const inFlight = useRef(0);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const [, setTick] = useState(0);

  const current = useCallback(() => queryClient.getQueryData<BoardDetail>(key)?.state, [queryClient, key]);

  /**
   * Once every write is answered: after a refusal, the stored board replaces what is on screen; other screens
   * (counts) refresh.
   */
  const settle = useCallback(() => {
    if (failed.current) {
      failed.current = false;
      history.current.clear();
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    } else {
      setError(null);
    }
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'boards.get' });
  }, [queryClient, key]);

  const apply = useCallback(
    (command: Command, record: boolean) => {
      const detail = queryClient.getQueryData<BoardDetail>(key);
      if (!detail) return;
      let after: BoardState;
      try {
        after = applyCommand(detail.state, command);
      } catch (err) {
        setError(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (after === detail.state) return;
      if (record) history.current.record(detail.state, command, after);
      // A read on its way would bring back the board without this change.
      void queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<BoardDetail>(key, { ...detail, state: after });
      setTick((n) => n + 1);
      setPending(++inFlight.current);
      queue.current = queue.current
        .then(() => send('boards.apply', { boardId, command }))
        .then(
          () => undefined,
          (err: Error) => {
            failed.current = true;
            setError(new Error(t('trappa.writeFailed', { message: err.message.replace(/\.$/, '') })));
          },
        )
        .finally(() => {
          setPending(--inFlight.current);
          if (inFlight.current === 0) settle();
        });
    },
    [boardId, queryClient, key, settle],
  );

  const run = useCallback((command: Command) => apply(command, true), [apply]);
  const undo = useCallback(() => {
    const c = history.current.undo();
    if (c) apply(c, false);
  }, [apply]);
  const redo = useCallback(() => {
    const c = history.current.redo();
    if (c) apply(c, false);
  }, [apply]);

  /* eslint-disable react-hooks/refs -- every history change re-renders (setTick), so these are current */
  const { canUndo, canRedo } = history.current;
  return { run, undo, redo, canUndo, canRedo, pending, error, current };
  /* eslint-enable react-hooks/refs */
}
