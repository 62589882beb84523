// "Slett" with a confirmation that names what goes, then an undo offer.
import { useState } from 'react';
import { t } from '../../shared/i18n';
import { useApiMutation } from '../api/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { useUndo } from './UndoBar';

interface DeleteActionProps {
  method: 'municipalities.delete' | 'units.delete' | 'sessions.delete' | 'rounds.delete' | 'boards.delete' | 'plans.delete';
  id: string;
  confirmTitle: string;
  confirmBody: string;
  deletedMessage: string;
  onDeleted?: () => void;
  /** Accessible name, e.g. "Slett Beiarn", where the button text alone is vague. */
  ariaLabel?: string;
  small?: boolean;
}

export function DeleteAction({ method, id, confirmTitle, confirmBody, deletedMessage, onDeleted, ariaLabel, small }: DeleteActionProps) {
  const [asking, setAsking] = useState(false);
  const remove = useApiMutation(method);
  const { offerUndo } = useUndo();
  return (
    <>
      <button type="button" className={small ? 'button button--danger-outline button--small' : 'button button--danger-outline'} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {t('common.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={confirmTitle}
          body={confirmBody}
          confirmLabel={t('common.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => {
            remove.reset();
            setAsking(false);
          }}
          onConfirm={() =>
            // mutateAsync, not mutate's callbacks: the list refetch after the
            // deletion unmounts this button before per-call callbacks would run.
            remove.mutateAsync({ id }).then(
              (entry) => {
                setAsking(false);
                offerUndo(entry, deletedMessage);
                onDeleted?.();
              },
              () => undefined, // shown in the dialog through remove.error
            )
          }
        />
      )}
    </>
  );
}
