// On the municipality page: the status-analysis rounds, and a new round.
import { useState, type FormEvent } from 'react';
import type { Municipality } from '../../../shared/domain';
import { formatDate, todayIso } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import type { RoundKind } from '../../../shared/analysis/api';
import { useApi, useApiMutation } from '../../api/hooks';
import { roundKindLabel, unitKindLabel } from '../../app/labels';
import { href, navigate } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { mismatchedKinds, proposeSet } from '../../../shared/analysis/setChoice';
import { SelectField, TextField } from '../../components/fields';
import { PanelHeader } from '../../components/PanelHeader';

export function AnalysisPanel({ municipality }: { municipality: Municipality }) {
  const rounds = useApi('rounds.list', { municipalityId: municipality.id });
  const [creating, setCreating] = useState(false);
  return (
    <section className="panel panel--model" aria-labelledby="analysis-title">
      <PanelHeader
        id="analysis-title"
        title={t('analysis.title')}
        actions={
          <>
            <a className="button" href={href({ name: 'sets', from: municipality.id })}>
              {t('sets.link')}
            </a>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              + {t('analysis.newRound')}
            </button>
          </>
        }
      />
      <p className="panel__lead">{t('analysis.lead')}</p>
      <ErrorNotice error={rounds.error} />
      {rounds.data?.length === 0 && <p className="empty">{t('analysis.noRounds')}</p>}
      <ul className="rows" aria-label={t('analysis.rounds')}>
        {rounds.data?.map((r) => (
          <li key={r.id} className="row">
            <span className="date-chip">{formatDate(r.date)}</span>
            <a className="row__main row__link" href={href({ name: 'round', id: r.id })}>
              <strong className="row__title">{r.title}</strong>
              <span className="row__meta">
                {roundKindLabel(r.kind)} · {tc('count.respondents', r.respondentCount)}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <ThresholdSetting />
      {creating && <RoundForm municipality={municipality} onClose={() => setCreating(false)} />}
    </section>
  );
}

/** The smallest group (role, unit) whose answers are shown; smaller groups are hidden to protect who answered. */
function ThresholdSetting() {
  const current = useApi('analysis.threshold', {});
  const save = useApiMutation('analysis.setThreshold');
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? (current.data ? String(current.data.value) : '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = value.trim().replace(',', '.');
    // Anything that is not a whole number from 3 to 50 gets the API's own message.
    save.mutate({ value: text === '' ? Number.NaN : Number(text) }, { onSuccess: (r) => setTyped(String(r.value)) });
  };
  const savedNow = save.isSuccess && typed === String(save.data.value);
  return (
    <form className="threshold" onSubmit={submit} noValidate>
      <div className="threshold__row">
        <label className="threshold__label">
          <span>{t('sets.threshold.before')}</span>
          <input
            className="input threshold__input"
            name="threshold"
            inputMode="numeric"
            autoComplete="off"
            value={value}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={save.error ? true : undefined}
            aria-describedby="threshold-help"
          />
          <span>{t('sets.threshold.after')}</span>
        </label>
        <button type="submit" className="button" disabled={save.isPending || current.isPending}>
          {t('common.save')}
        </button>
        {savedNow && (
          <span className="saved" role="status">
            {t('sets.threshold.saved')}
          </span>
        )}
      </div>
      <p id="threshold-help" className="field__help">
        {t('sets.threshold.help')}
      </p>
      <ErrorNotice error={save.error ?? current.error} />
    </form>
  );
}

const FIELDS = ['title', 'date', 'kind', 'setId', 'unitIds', 'sessionId'] as const;

function RoundForm({ municipality, onClose }: { municipality: Municipality; onClose: () => void }) {
  const sets = useApi('statementSets.list', {});
  const units = useApi('units.list', { municipalityId: municipality.id });
  const sessions = useApi('sessions.list', { municipalityId: municipality.id });
  const rounds = useApi('rounds.list', { municipalityId: municipality.id });
  const create = useApiMutation('rounds.create');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(formatDate(todayIso()));
  const [kind, setKind] = useState<RoundKind>(rounds.data && rounds.data.length > 0 ? 'follow_up' : 'baseline');
  const [setId, setSetId] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [sessionId, setSessionId] = useState('');
  const latestSets = (sets.data ?? []).filter((s) => s.latest);
  // Until the guide picks a set, the one written for the ticked units (or the municipality's units) is proposed.
  const ticked = (units.data ?? []).filter((u) => unitIds.includes(u.id));
  const kinds = (ticked.length > 0 ? ticked : (units.data ?? [])).map((u) => u.kind);
  const chosenSet = setId || proposeSet(latestSets, kinds)?.id || '';
  const chosen = latestSets.find((s) => s.id === chosenSet);
  const mismatch = mismatchedKinds(
    chosen,
    ticked.map((u) => u.kind),
  );
  const mismatchUnits = ticked.filter((u) => mismatch.includes(u.kind)).map((u) => u.name);
  const error = create.error;

  return (
    <FormDialog
      wide
      title={t('analysis.newRound')}
      fieldNames={FIELDS}
      onClose={onClose}
      busy={create.isPending}
      error={error}
      onSubmit={() =>
        create.mutate(
          {
            municipalityId: municipality.id,
            title,
            date,
            kind,
            setId: chosenSet,
            unitIds,
            sessionId: sessionId || null,
          },
          { onSuccess: (r) => navigate({ name: 'round', id: r.id }) },
        )
      }
    >
      <TextField
        name="title"
        label={t('analysis.field.roundTitle')}
        value={title}
        onChange={setTitle}
        error={fieldError(error, 'title')}
        autoFocus
        placeholder={t('analysis.titleExample')}
      />
      <div className="form-row">
        <TextField
          name="date"
          label={t('analysis.field.date')}
          value={date}
          onChange={setDate}
          placeholder={t('common.datePlaceholder')}
          error={fieldError(error, 'date')}
        />
        <SelectField
          name="kind"
          label={t('analysis.field.kind')}
          value={kind}
          options={(['baseline', 'follow_up'] as const).map((k) => ({ value: k, label: roundKindLabel(k) }))}
          onChange={setKind}
          error={fieldError(error, 'kind')}
        />
      </div>
      <SelectField
        name="setId"
        label={t('analysis.field.set')}
        value={chosenSet}
        options={latestSets.map((s) => ({
          value: s.id,
          label: `${s.content.name} (${tc('count.statements', s.content.statements.length)}${s.version > 1 ? `, ${t('analysis.version', { version: s.version })}` : ''})`,
        }))}
        onChange={setSetId}
        error={fieldError(error, 'setId')}
      />
      {chosen && mismatch.length > 0 && (
        <p className="notice notice--session" role="alert">
          {t('analysis.set.mismatch', {
            set: chosen.content.name,
            audience: t(
              chosen.content.audience === 'school'
                ? 'analysis.set.audience.school'
                : 'analysis.set.audience.kindergarten',
            ),
            units: mismatchUnits.join(', '),
          })}
        </p>
      )}
      <fieldset className="field fieldset">
        <legend className="field__label">{t('analysis.field.units')}</legend>
        <div className="check-grid">
          {units.data?.map((u) => (
            <label key={u.id} className="check-chip">
              <input
                type="checkbox"
                className="checkbox"
                checked={unitIds.includes(u.id)}
                onChange={(e) =>
                  setUnitIds((ids) => (e.target.checked ? [...ids, u.id] : ids.filter((x) => x !== u.id)))
                }
              />
              <span>
                {u.name} <span className="check-chip__kind">({unitKindLabel(u.kind)})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        name="sessionId"
        label={`${t('analysis.field.session')} (${t('common.optional')})`}
        value={sessionId}
        options={[
          { value: '', label: t('common.none') },
          ...(sessions.data ?? []).map((s) => ({ value: s.id, label: `${formatDate(s.date)} ${s.title}` })),
        ]}
        onChange={setSessionId}
      />
    </FormDialog>
  );
}
