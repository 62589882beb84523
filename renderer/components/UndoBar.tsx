// After a deletion: a bar with "Angre" (also Ctrl+Z) that restores it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TrashEntry } from '../../shared/domain';
import { t } from '../../shared/i18n';
import { useApiMutation } from '../api/hooks';

interface UndoState {
  entry: TrashEntry;
  message: string;
}

interface UndoApi {
  offerUndo(entry: TrashEntry, message: string): void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => undefined });
export const useUndo = () => useContext(UndoContext);

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && state && !isTyping(document.activeElement)) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, undo]);

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
            <button type="button" className="button button--ghost-inverse" onClick={() => setState(null)} aria-label={t('common.close')}>
              ✕
            </button>
          </div>
        )}
        {!state && done && (
          <div className="undo-bar undo-bar--done" role="status">
            <span className="undo-bar__text">{done}</span>
            <button type="button" className="button button--ghost-inverse" onClick={() => setDone(null)} aria-label={t('common.close')}>
              ✕
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
