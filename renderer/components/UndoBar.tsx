// After a deletion or a saved change: a bar with "Angre" (also Ctrl+Z when no
// tool on the page has an undo of its own) that restores it or puts the old values back.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TrashEntry } from '../../shared/domain';
import { t } from '../../shared/i18n';
import { type ApiCall, useApiCall, useApiMutation } from '../api/hooks';
import { useKeymap } from '../app/keymap';

/** What «Angre» does: restore a deletion from the trash, or make the write that puts the old values back. */
export type Undo = TrashEntry | { putBack: ApiCall; done: string };

interface UndoState {
  undo: Undo;
  message: string;
}

interface UndoApi {
  offerUndo(undo: Undo, message: string): void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => undefined });
export const useUndo = () => useContext(UndoContext);

export function UndoProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<UndoState | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const restore = useApiMutation('trash.restore');
  const putBack = useApiCall();
  const busy = restore.isPending || putBack.isPending;
  const failed = restore.error ?? putBack.error;

  const undo = useCallback(() => {
    if (!state || busy) return;
    const what = state.undo;
    if ('putBack' in what) {
      putBack.mutate(what.putBack, {
        onSuccess: () => {
          setState(null);
          setDone(what.done);
        },
      });
      return;
    }
    restore.mutate(
      { id: what.id },
      {
        onSuccess: (r) => {
          setState(null);
          setDone(t('trash.restored', { label: r.label }));
        },
      },
    );
  }, [state, busy, restore, putBack]);

  // A global binding: a tool on the page with its own undo (the board, the form grid) takes Ctrl+Z first.
  useKeymap('global', [
    {
      keys: ['mod+z'],
      label: 'Ctrl+Z',
      description: state ? t('putBack' in state.undo ? 'keys.undoChange' : 'keys.undoDeletion') : undefined,
      when: () => state !== null,
      run: undo,
    },
  ]);

  const api = useMemo<UndoApi>(
    () => ({
      offerUndo: (undo, message) => {
        restore.reset();
        putBack.reset();
        setDone(null);
        setState({ undo, message });
      },
    }),
    [restore, putBack],
  );

  return (
    <UndoContext.Provider value={api}>
      {children}
      <div className="undo-region" aria-live="polite">
        {state && (
          <div className="undo-bar" role="status">
            <span className="undo-bar__text">{failed ? failed.message : state.message}</span>
            <button type="button" className="button button--inverse" onClick={undo} disabled={busy}>
              {t('common.undo')} <kbd>Ctrl+Z</kbd>
            </button>
            <button
              type="button"
              className="button button--ghost-inverse"
              onClick={() => setState(null)}
              aria-label={t('common.close')}
            >
              ✕
            </button>
          </div>
        )}
        {!state && done && (
          <div className="undo-bar undo-bar--done" role="status">
            <span className="undo-bar__text">{done}</span>
            <button
              type="button"
              className="button button--ghost-inverse"
              onClick={() => setDone(null)}
              aria-label={t('common.close')}
            >
              ✕
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
