// FFSS actions: this session's, and the open ones carried from earlier sessions.
import { useState, type ReactNode } from 'react';
import { FFSS_IDS, type FfssId } from '../../../shared/content/pack';
import type { Unit } from '../../../shared/domain';
import { formatDate } from '../../../shared/format';
import { t, type MessageKey } from '../../../shared/i18n';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/trappa/api';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { SelectField, TextField } from '../../components/fields';
import { PanelHeader } from '../../components/PanelHeader';

export const FFSS_KEYS: Record<FfssId, MessageKey> = {
  promote: 'trappa.ffss.promote',
  prevent: 'trappa.ffss.prevent',
  stop: 'trappa.ffss.stop',
  support: 'trappa.ffss.support',
};
const STATUS_KEYS: Record<ActionStatus, MessageKey> = {
  open: 'trappa.status.open',
  in_progress: 'trappa.status.in_progress',
  done: 'trappa.status.done',
};

/** The actions of a session (with the open ones carried from earlier sessions), or of one unit. */
export function ActionsPanel({
  sessionId,
  unitId,
  units,
  title,
  headActions,
}: {
  sessionId?: string;
  unitId?: string;
  units: Unit[];
  title?: string;
  /** Buttons beside the heading (the board's «+ Nytt tiltak»). */
  headActions?: ReactNode;
}) {
  const bySession = useApi('actions.list', { sessionId: sessionId ?? '' }, Boolean(sessionId));
  const byUnit = useApi('actions.forUnit', { unitId: unitId ?? '' }, Boolean(unitId) && !sessionId);
  const actions = sessionId ? bySession : byUnit;
  const update = useApiMutation('actions.update');
  const headingId = `actions-${sessionId ?? unitId}`;
  return (
    <section className="actions-panel" aria-labelledby={headingId}>
      <PanelHeader id={headingId} title={title ?? t('trappa.actions')} actions={headActions} />
      {sessionId && <p className="panel__lead">{t('trappa.actions.lead')}</p>}
      <ErrorNotice error={actions.error ?? update.error} />
      {actions.data?.length === 0 && <p className="empty">{t('trappa.actions.none')}</p>}
      <ul className="action-list">
        {actions.data?.map((a) => (
          <li key={a.id} className={`action action--${a.category}${a.status === 'done' ? ' action--done' : ''}`}>
            <span className={`ffss ffss--${a.category}`}>{t(FFSS_KEYS[a.category])}</span>
            <span className="action__main">
              <strong>{a.what}</strong>
              <span className="row__meta">
                {[
                  a.who,
                  a.unitId ? units.find((u) => u.id === a.unitId)?.name : null,
                  a.due ? t('trappa.actions.due', { date: formatDate(a.due) }) : null,
                  a.sessionId !== sessionId && a.sessionDate
                    ? t('trappa.actions.carried', { date: formatDate(a.sessionDate) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
            <select
              className="input input--status"
              aria-label={`Status: ${a.what}`}
              value={a.status}
              onChange={(e) => update.mutate({ id: a.id, status: e.target.value as ActionStatus })}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_KEYS[s])}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}

const FIELDS = ['category', 'what', 'who', 'due', 'unitId'] as const;

export function ActionDialog({
  sessionId,
  cardId,
  cardText,
  units,
  onClose,
}: {
  sessionId: string;
  cardId: string | null;
  cardText?: string;
  units: Unit[];
  onClose: () => void;
}) {
  const create = useApiMutation('actions.create');
  const [category, setCategory] = useState<FfssId>('prevent');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [unitId, setUnitId] = useState('');
  const error = create.error;
  return (
    <FormDialog
      wide
      title={
        cardText
          ? t('trappa.action.fromCard', { text: cardText.length > 60 ? `${cardText.slice(0, 60)}…` : cardText })
          : t('trappa.action.new')
      }
      fieldNames={FIELDS}
      onClose={onClose}
      busy={create.isPending}
      error={error}
      onSubmit={() =>
        create.mutate({ sessionId, cardId, category, what, who, due, unitId: unitId || null }, { onSuccess: onClose })
      }
    >
      <fieldset className="field fieldset">
        <legend className="field__label">{t('trappa.field.category')}</legend>
        <div className="ffss-choice">
          {FFSS_IDS.map((id, i) => (
            <label key={id} className={`ffss-option ffss--${id}${category === id ? ' ffss-option--on' : ''}`}>
              <input
                type="radio"
                name="category"
                value={id}
                checked={category === id}
                onChange={() => setCategory(id)}
              />
              <span>
                {i + 1}. {t(FFSS_KEYS[id])}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        name="what"
        label={t('trappa.field.what')}
        value={what}
        onChange={setWhat}
        error={fieldError(error, 'what')}
        autoFocus
      />
      <div className="form-row">
        <TextField
          name="who"
          label={`${t('trappa.field.who')} (${t('common.optional')})`}
          value={who}
          onChange={setWho}
          error={fieldError(error, 'who')}
        />
        <TextField
          name="due"
          label={`${t('trappa.field.due')} (${t('common.optional')})`}
          value={due}
          onChange={setDue}
          placeholder={t('common.datePlaceholder')}
          error={fieldError(error, 'due')}
        />
        {units.length > 0 && (
          <SelectField
            name="unitId"
            label={`${t('trappa.field.unit')} (${t('common.optional')})`}
            value={unitId}
            options={[{ value: '', label: t('common.none') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
            onChange={setUnitId}
          />
        )}
      </div>
    </FormDialog>
  );
}
