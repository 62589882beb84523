// One checklist item for one unit: status, who confirmed it, a note, and the
// change log with the session each change was made in.
import { useState } from 'react';
import { CHECK_STATUSES, type CheckStatus, type ItemStatus } from '../../../shared/checklists';
import type { ChecklistItem } from '../../../shared/content/pack';
import { formatDate, formatDateTime } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { statusLabel } from '../../app/labels';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { FormDialog, fieldError } from '../../components/FormDialog';

const FIELDS = ['status', 'confirmedBy', 'note'] as const;

export function ItemDetails({
  unitId,
  item,
  current,
  saved,
  sessionId,
  onClose,
}: {
  unitId: string;
  item: ChecklistItem;
  /** The status on screen (it may be ahead of `saved` while a change is being written). */
  current: CheckStatus;
  saved?: ItemStatus;
  sessionId: string | null;
  onClose: () => void;
}) {
  const [status, setStatus] = useState<CheckStatus>(current);
  const [confirmedBy, setConfirmedBy] = useState(saved?.confirmedBy ?? '');
  const [note, setNote] = useState(saved?.note ?? '');
  const history = useApi('checklists.history', { unitId, itemId: item.id });
  const set = useApiMutation('checklists.set');

  return (
    <FormDialog
      wide
      title={item.text}
      fieldNames={FIELDS}
      onClose={onClose}
      onSubmit={() =>
        set.mutate({ unitId, itemId: item.id, status, confirmedBy, note, sessionId }, { onSuccess: onClose })
      }
      busy={set.isPending}
      error={set.error}
    >
      <div className="form-row">
        <SelectField
          name="status"
          label={t('checklists.field.status')}
          value={status}
          options={CHECK_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          onChange={setStatus}
          error={fieldError(set.error, 'status')}
        />
        <TextField
          name="confirmedBy"
          label={`${t('checklists.field.confirmedBy')} (${t('common.optional')})`}
          value={confirmedBy}
          onChange={setConfirmedBy}
          error={fieldError(set.error, 'confirmedBy')}
          autoFocus
        />
      </div>
      <TextArea
        name="note"
        label={`${t('checklists.field.note')} (${t('common.optional')})`}
        value={note}
        onChange={setNote}
        rows={2}
        error={fieldError(set.error, 'note')}
      />
      <section aria-labelledby="history-title">
        <h3 id="history-title" className="field__label">
          {t('checklists.history')}
        </h3>
        {history.data?.length === 0 && <p className="field__help">{t('checklists.historyEmpty')}</p>}
        <ul className="history">
          {history.data?.map((e) => (
            <li key={e.id}>
              <strong>{formatDateTime(e.createdAt)}</strong>{' '}
              {t('checklists.historyEntry', {
                from: e.previousStatus ? statusLabel(e.previousStatus) : t('status.none'),
                to: statusLabel(e.status),
              })}
              {e.confirmedBy && ` · ${t('checklists.confirmedBy', { role: e.confirmedBy })}`}
              {e.sessionTitle &&
                ` · ${t('checklists.historySession', { title: e.sessionTitle })}${e.sessionDate ? ` ${formatDate(e.sessionDate)}` : ''}`}
            </li>
          ))}
        </ul>
      </section>
    </FormDialog>
  );
}
