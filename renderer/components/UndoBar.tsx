// After a deletion or a saved change: a bar with "Angre" (also Ctrl+Z when no
// tool on the page has an undo of its own) that restores it or puts the old values back.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TrashEntry } from '../../shared/domain';
import { t } from '../../shared/i18n';
import { type ApiCall, useApiCall } from '../api/hooks';
import { useKeymap } from '../app/keymap';

/** What «Angre» does: restore a deletion from the trash, or make the write that puts the old values back. */
export type Undo = TrashEntry | PutBack;
/** The write «Angre» makes, and what the bar says once it is done. */
interface PutBack {
  putBack: ApiCall;
  done: string;
}

interface UndoState extends PutBack {
  message: string;
}

/** A deletion is undone like any change: by one write (restoring its trash entry). */
const asPutBack = (undo: Undo): PutBack =>
  'putBack' in undo
    ? undo
    : {
        putBack: { method: 'trash.restore', input: { id: undo.id } },
        done: t('trash.restored', { label: undo.label }),
      };

interface UndoApi {
  offerUndo(undo: Undo, message: string): void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => undefined });
export const useUndo = () => useContext(UndoContext);

export function UndoProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<UndoState | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const putBack = useApiCall();

  const undo = useCallback(() => {
    if (!state || putBack.isPending) return;
    putBack.mutate(state.putBack, {
      onSuccess: () => {
        setState(null);
        setDone(state.done);
      },
    });
  }, [state, putBack]);

  // A global binding: a tool on the page with its own undo (the board, the form grid) takes Ctrl+Z first.
  useKeymap('global', [
    {
      keys: ['mod+z'],
      label: 'Ctrl+Z',
      description: state
        ? t(state.putBack.method === 'trash.restore' ? 'keys.undoDeletion' : 'keys.undoChange')
        : undefined,
      when: () => state !== null,
      run: undo,
    },
  ]);

  const api = useMemo<UndoApi>(
    () => ({
      offerUndo: (undo, message) => {
        putBack.reset();
        setDone(null);
        setState({ ...asPutBack(undo), message });
      },
    }),
    [putBack],
  );

  return (
    <UndoContext.Provider value={api}>
      {children}
      <div className="undo-region" aria-live="polite">
        {state && (
          <div className="undo-bar" role="status">
            <span className="undo-bar__text">{putBack.error ? putBack.error.message : state.message}</span>
            <button type="button" className="button button--inverse" onClick={undo} disabled={putBack.isPending}>
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
