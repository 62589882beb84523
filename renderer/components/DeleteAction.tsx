// "Slett" with a confirmation that names what goes, then an undo offer.
import { useState } from 'react';
import { t, tc } from '../../shared/i18n';
import type { DeletionPreview } from '../../shared/api/contract';
import type { TrashKind } from '../../shared/domain';
import { useApi, useApiMutation } from '../api/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { useUndo } from './UndoBar';

interface DeleteActionProps {
  method:
    'municipalities.delete' | 'units.delete' | 'sessions.delete' | 'rounds.delete' | 'boards.delete' | 'plans.delete';
  id: string;
  confirmTitle: string;
  confirmBody: string;
  deletedMessage: string;
  onDeleted?: () => void;
  /** Accessible name, e.g. "Slett Beiarn", where the button text alone is vague. */
  ariaLabel?: string;
  small?: boolean;
}

const KINDS = {
  'municipalities.delete': 'municipality',
  'units.delete': 'unit',
  'sessions.delete': 'session',
  'rounds.delete': 'round',
  'boards.delete': 'board',
  'plans.delete': 'plan',
} as const satisfies Record<DeleteActionProps['method'], TrashKind>;
/** Each kind that can go with a deletion, and the one whose root it is (not listed for itself). */
const PARTS: [keyof DeletionPreview, Parameters<typeof tc>[0], TrashKind | null][] = [
  ['units', 'count.units', 'unit'],
  ['sessions', 'count.sessions', 'session'],
  ['rounds', 'count.rounds', 'round'],
  ['respondents', 'count.respondents', null],
  ['boards', 'count.boards', 'board'],
  ['cards', 'count.cards', null],
  ['actions', 'count.actions', null],
];

/** «3 enheter, 2 økter, 1 runde …»: what goes with it, from the workbook; empty when nothing else goes. */
export function deletionList(kind: TrashKind, preview: DeletionPreview): string {
  return PARTS.filter(([key, , root]) => root !== kind && preview[key] > 0)
    .map(([key, noun]) => tc(noun, preview[key]))
    .join(', ');
}

export function DeleteAction(props: DeleteActionProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className={props.small ? 'button button--danger-outline button--small' : 'button button--danger-outline'}
        aria-label={props.ariaLabel}
        onClick={() => setAsking(true)}
      >
        {t('common.delete')}
      </button>
      {asking && <DeleteDialog {...props} onClose={() => setAsking(false)} />}
    </>
  );
}

/**
 * The question itself: its write and its count exist only while it is asked
 * (a list of 60 has 60 buttons, not 60 of these).
 */
function DeleteDialog({
  method,
  id,
  confirmTitle,
  confirmBody,
  deletedMessage,
  onDeleted,
  onClose,
}: DeleteActionProps & { onClose: () => void }) {
  const remove = useApiMutation(method);
  const kind = KINDS[method];
  // Counted when the question is asked, so it names everything that goes now (a round's
  // and a board's own text already names their answers and cards; a unit takes nothing along).
  const preview = useApi('trash.preview', { kind, id }, kind === 'municipality' || kind === 'session');
  const goes = preview.data ? deletionList(kind, preview.data) : '';
  const { offerUndo } = useUndo();
  return (
    <ConfirmDialog
      title={confirmTitle}
      body={goes ? `${confirmBody} ${t('delete.alsoGoes', { list: goes })}` : confirmBody}
      confirmLabel={t('common.delete')}
      busy={remove.isPending}
      error={remove.error}
      onCancel={onClose}
      onConfirm={() =>
        // mutateAsync, not mutate's callbacks: the list refetch after the
        // deletion unmounts this button before per-call callbacks would run.
        remove.mutateAsync({ id }).then(
          (entry) => {
            onClose();
            offerUndo(entry, deletedMessage);
            onDeleted?.();
          },
          () => undefined, // shown in the dialog through remove.error
        )
      }
    />
  );
}
