import { useState } from 'react';
import type { Municipality, Session, SessionKind } from '../../../shared/domain';
import { formatDate, todayIso } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { sessionKindOptions, unitKindLabel } from '../../app/labels';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { FormDialog, fieldError } from '../../components/FormDialog';

const FIELDS = ['date', 'kind', 'title', 'participantCount', 'notes', 'unitIds'] as const;

export function SessionForm({
  municipality,
  existing,
  onClose,
  onSaved,
}: {
  municipality: Municipality;
  existing?: Session;
  onClose: () => void;
  onSaved?: (s: Session) => void;
}) {
  const units = useApi('units.list', { municipalityId: municipality.id });
  const [date, setDate] = useState(formatDate(existing?.date ?? todayIso()));
  const [kind, setKind] = useState<SessionKind>(existing?.kind ?? 'planning_day');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [participantCount, setParticipants] = useState(existing?.participantCount?.toString() ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [unitIds, setUnitIds] = useState<string[]>(existing?.unitIds ?? []);
  const create = useApiMutation('sessions.create');
  const update = useApiMutation('sessions.update');
  const mutation = existing ? update : create;
  const error = mutation.error;

  const submit = () => {
    const fields = { date, kind, title, participantCount, notes, unitIds };
    const done = { onSuccess: (s: Session) => (onSaved ? onSaved(s) : onClose()) };
    if (existing) update.mutate({ id: existing.id, ...fields }, done);
    else create.mutate({ municipalityId: municipality.id, ...fields }, done);
  };
  const toggle = (id: string, on: boolean) => setUnitIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  return (
    <FormDialog
      wide
      title={t(existing ? 'sessions.dialog.edit' : 'sessions.dialog.create')}
      fieldNames={FIELDS}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={error}
    >
      <TextField
        name="title"
        label={t('sessions.field.title')}
        value={title}
        onChange={setTitle}
        error={fieldError(error, 'title')}
        autoFocus
      />
      <div className="form-row">
        <TextField
          name="date"
          label={t('sessions.field.date')}
          help={t('sessions.field.date.help')}
          value={date}
          onChange={setDate}
          placeholder={t('common.datePlaceholder')}
          error={fieldError(error, 'date')}
        />
        <SelectField
          name="kind"
          label={t('sessions.field.kind')}
          value={kind}
          options={sessionKindOptions()}
          onChange={setKind}
          error={fieldError(error, 'kind')}
        />
        <TextField
          name="participantCount"
          label={`${t('sessions.field.participantCount')} (${t('common.optional')})`}
          value={participantCount}
          onChange={setParticipants}
          inputMode="numeric"
          error={fieldError(error, 'participantCount')}
        />
      </div>
      <fieldset className="field fieldset">
        <legend className="field__label">{t('sessions.field.units')}</legend>
        {units.data?.length === 0 && <p className="field__help">{t('sessions.noUnitsInMunicipality')}</p>}
        <div className="check-grid">
          {units.data?.map((u) => (
            <label key={u.id} className="check-chip">
              <input
                type="checkbox"
                className="checkbox"
                checked={unitIds.includes(u.id)}
                onChange={(e) => toggle(u.id, e.target.checked)}
              />
              <span>
                {u.name} <span className="check-chip__kind">({unitKindLabel(u.kind)})</span>
              </span>
            </label>
          ))}
        </div>
        {fieldError(error, 'unitIds') && (
          <p className="field__error" role="alert">
            {fieldError(error, 'unitIds')}
          </p>
        )}
      </fieldset>
      <TextArea
        name="notes"
        label={`${t('sessions.field.notes')} (${t('common.optional')})`}
        value={notes}
        onChange={setNotes}
        rows={3}
        error={fieldError(error, 'notes')}
      />
    </FormDialog>
  );
}
