// All statement sets: the newest version of each in front, older versions
// small below it; copy a set under a new name, or open it for editing.
import { useEffect, useState } from 'react';
import type { StatementSetInfo } from '../../../../shared/analysis/api';
import { formatDay } from '../../../../shared/format';
import { t, tc } from '../../../../shared/i18n';
import { useApi, useApiMutation } from '../../../api/hooks';
import { href, navigate } from '../../../app/router';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../../components/FormDialog';
import { TextField } from '../../../components/fields';
import { audienceBadge, audienceLabel, isCopy, lineages, setFlash } from './setEditing';

export function SetsPage({ from }: { from?: string }) {
  const sets = useApi('statementSets.list', {});
  const municipality = useApi('municipalities.get', { id: from ?? '' }, Boolean(from));
  const [copying, setCopying] = useState<StatementSetInfo | null>(null);
  // A new page starts at the top (scrollTo returns a promise in newer Chromium: keep it out of the cleanup).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  return (
    <>
      {from && municipality.data && (
        <nav className="crumbs" aria-label={t('common.crumbs')}>
          <a href={href({ name: 'municipality', id: from })}>← {municipality.data.name}</a>
        </nav>
      )}
      <div className="page-head page-head--tight">
        <div>
          <h1 className="page-title">{t('sets.title')}</h1>
          <p className="page-lead">{t('sets.lead')}</p>
        </div>
      </div>
      <ErrorNotice error={sets.error} />
      {sets.isPending && <p className="empty">{t('app.loading')}</p>}
      <ul className="sets" aria-label={t('sets.title')}>
        {lineages(sets.data ?? []).map(({ latest, older }) => (
          <li key={latest.lineageId} className="panel set-card">
            <div className="set-card__body">
              <div className="set-card__info">
                <div className="set-card__head">
                  <h2 className="set-card__title">{latest.content.name}</h2>
                  <span className={audienceBadge(latest.content.audience)}>
                    {audienceLabel(latest.content.audience)}
                  </span>
                </div>
                <p className="set-card__meta">
                  {tc('count.statements', latest.content.statements.length)} ·{' '}
                  {tc('sets.count.areas', latest.content.areas.length)} ·{' '}
                  {t('sets.version', { version: latest.version })} ·{' '}
                  {isCopy(latest) ? t('sets.origin.copy') : t('sets.origin.shipped')}
                </p>
                <Usage set={latest} />
              </div>
              <div className="actions set-card__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setCopying(latest)}
                  aria-label={t('sets.copyNamed', { name: latest.content.name })}
                >
                  {t('sets.copy')}
                </button>
                <a
                  className="button button--primary"
                  href={href({ name: 'set', id: latest.id, from })}
                  aria-label={t('sets.editNamed', { name: latest.content.name })}
                >
                  {t('sets.edit')}
                </a>
              </div>
            </div>
            {older.length > 0 && (
              <div className="set-card__older">
                <h3 className="set-card__older-title">{t('sets.olderVersions')}</h3>
                <ul className="rows">
                  {older.map((s) => (
                    <li key={s.id} className="row set-older">
                      <span className="row__main">
                        <span className="set-older__name">
                          {t('sets.versionTitle', { version: s.version })}: {s.content.name}
                        </span>
                        <span className="row__meta">
                          {tc('count.statements', s.content.statements.length)} ·{' '}
                          {t('sets.createdOn', { date: formatDay(s.createdAt) })}
                          {s.usedByRounds > 0 && ` · ${tc('sets.usedBy', s.usedByRounds)}`}
                        </span>
                      </span>
                      <a
                        className="button button--small"
                        href={href({ name: 'set', id: s.id, from })}
                        aria-label={t('sets.openVersion', { name: s.content.name, version: s.version })}
                      >
                        {t('sets.open')}
                      </a>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setCopying(s)}
                        aria-label={t('sets.copyVersion', { name: s.content.name, version: s.version })}
                      >
                        {t('sets.copy')}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      {copying && <CopyDialog set={copying} from={from} onClose={() => setCopying(null)} />}
    </>
  );
}

/** "brukt i N runder" and the lock; for an unused latest version, that edits are saved in place. */
export function Usage({ set }: { set: StatementSetInfo }) {
  if (set.usedByRounds === 0)
    return set.latest ? <p className="set-usage set-usage--free">{t('sets.unused')}</p> : null;
  return (
    <p className="set-usage">
      <span className="set-usage__count">{tc('sets.usedBy', set.usedByRounds)}</span> ·{' '}
      <strong>{t('sets.locked')}</strong>
    </p>
  );
}

function CopyDialog({ set, from, onClose }: { set: StatementSetInfo; from?: string; onClose: () => void }) {
  const copy = useApiMutation('statementSets.copy');
  const [name, setName] = useState(() => t('sets.copyName', { name: set.content.name }));
  return (
    <FormDialog
      title={t('sets.copy.title', { name: set.content.name })}
      fieldNames={['name']}
      onClose={onClose}
      busy={copy.isPending}
      error={copy.error}
      onSubmit={() =>
        copy.mutate(
          { id: set.id, name },
          {
            onSuccess: (made) => {
              setFlash(made.id, t('sets.copied', { name: made.content.name }));
              navigate({ name: 'set', id: made.id, from });
            },
          },
        )
      }
    >
      <p className="dialog__body">{t('sets.copy.lead')}</p>
      <TextField
        name="name"
        label={t('analysis.field.setName')}
        value={name}
        onChange={setName}
        error={fieldError(copy.error, 'name')}
        autoFocus
      />
    </FormDialog>
  );
}
