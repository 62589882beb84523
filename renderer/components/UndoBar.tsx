// After a deletion: a bar with "Angre" (also Ctrl+Z when no tool on the page
// has an undo of its own) that restores it.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TrashEntry } from '../../shared/domain';
import { t } from '../../shared/i18n';
import { useApiMutation } from '../api/hooks';
import { useKeymap } from '../app/keymap';

interface UndoState {
  entry: TrashEntry;
  message: string;
}

interface UndoApi {
  offerUndo(entry: TrashEntry, message: string): void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => undefined });
export const useUndo = () => useContext(UndoContext);

export function UndoProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<UndoState | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const restore = useApiMutation('trash.restore');

  const undo = useCallback(() => {
    if (!state || restore.isPending) return;
    restore.mutate(
      { id: state.entry.id },
      {
        onSuccess: (r) => {
          setState(null);
          setDone(t('trash.restored', { label: r.label }));
        },
      },
    );
  }, [state, restore]);

  // A global binding: a tool on the page with its own undo (the board, the form grid) takes Ctrl+Z first.
  useKeymap('global', [
    {
      keys: ['mod+z'],
      label: 'Ctrl+Z',
      description: state ? t('keys.undoDeletion') : undefined,
      when: () => state !== null,
      run: undo,
    },
  ]);

  const api = useMemo<UndoApi>(
    () => ({
      offerUndo: (entry, message) => {
        restore.reset();
        setDone(null);
        setState({ entry, message });
      },
    }),
    [restore],
  );

  return (
    <UndoContext.Provider value={api}>
      {children}
      <div className="undo-region" aria-live="polite">
        {state && (
          <div className="undo-bar" role="status">
            <span className="undo-bar__text">{restore.error ? restore.error.message : state.message}</span>
            <button type="button" className="button button--inverse" onClick={undo} disabled={restore.isPending}>
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
