import { useState } from 'react';
import type { Municipality } from '../../../shared/domain';
import { t, tc } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useShortcut } from '../../components/useShortcut';
import { RecentlyDeleted } from '../trash/RecentlyDeleted';
import { MunicipalityForm } from './MunicipalityForm';
import { PageHeader } from '../../components/PageHeader';
import { useFirstScreen } from '../../components/useFirstScreen';

export function MunicipalitiesPage() {
  const list = useApi('municipalities.list', {});
  const info = useApi('workbook.info', {});
  const cards = useFirstScreen(list.data);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Municipality | null>(null);
  useShortcut('n', t('keys.municipalities.new'), () => setCreating(true));

  return (
    <>
      <PageHeader
        title={t('municipalities.title')}
        lead={t('municipalities.lead')}
        actions={
          <button type="button" className="button button--primary button--large" onClick={() => setCreating(true)}>
            + {t('municipalities.add')} <kbd>N</kbd>
          </button>
        }
      />

      <ErrorNotice error={list.error} />
      {list.data && list.data.length === 0 && <p className="empty">{t('municipalities.empty')}</p>}
      <ul className="cards" aria-label={t('municipalities.title')}>
        {cards?.map((m) => (
          <li key={m.id} className="card">
            <a className="card__link" href={href({ name: 'municipality', id: m.id })}>
              <span className="card__title">{m.name}</span>
              {m.county && <span className="card__meta">{t('municipalities.county', { county: m.county })}</span>}
              <span className="card__meta card__meta--strong">
                {t('municipalities.count', {
                  units: tc('count.units', m.unitCount),
                  sessions: tc('count.sessions', m.sessionCount),
                })}
              </span>
            </a>
            <div className="card__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing(m)}
                aria-label={`${t('common.rename')}: ${m.name}`}
              >
                {t('common.rename')}
              </button>
              <DeleteAction
                small
                method="municipalities.delete"
                id={m.id}
                ariaLabel={`${t('common.delete')}: ${m.name}`}
                confirmTitle={t('municipalities.confirmDelete.title', { name: m.name })}
                confirmBody={t('municipalities.confirmDelete.lead')}
                deletedMessage={t('municipalities.deleted', { name: m.name })}
              />
            </div>
          </li>
        ))}
      </ul>

      <RecentlyDeleted />

      <a className="backups-link" href={href({ name: 'backups' })}>
        {t('backups.link')}
      </a>
      {info.data && <p className="footnote">{t('workbook.location', { path: info.data.path })}</p>}

      {creating && (
        <MunicipalityForm
          onClose={() => setCreating(false)}
          onSaved={(m) => {
            setCreating(false);
            navigate({ name: 'municipality', id: m.id });
          }}
        />
      )}
      {editing && <MunicipalityForm existing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
