import { useState } from 'react';
import type { Municipality } from '../../../shared/domain';
import { formatDate } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { sessionKindLabel } from '../../app/labels';
import { href, navigate } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';
import { SessionForm } from './SessionForm';

export function SessionsPanel({ municipality }: { municipality: Municipality }) {
  const sessions = useApi('sessions.list', { municipalityId: municipality.id });
  const [creating, setCreating] = useState(false);

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <PanelHeader
        id="sessions-title"
        title={t('sessions.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            + {t('sessions.add')}
          </button>
        }
      />
      <p className="panel__lead">{t('sessions.lead')}</p>
      <ErrorNotice error={sessions.error} />
      {sessions.data?.length === 0 && <p className="empty">{t('sessions.empty')}</p>}
      <ul className="rows" aria-label={t('sessions.title')}>
        {sessions.data?.map((s) => (
          <li key={s.id} className="row">
            <span className="date-chip">{formatDate(s.date)}</span>
            <a className="row__main row__link" href={href({ name: 'session', id: s.id })}>
              <strong className="row__title">{s.title}</strong>
              <span className="row__meta">
                {[sessionKindLabel(s.kind), s.participantCount !== null && tc('count.participants', s.participantCount)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {creating && (
        <SessionForm
          municipality={municipality}
          onClose={() => setCreating(false)}
          onSaved={(s) => {
            setCreating(false);
            navigate({ name: 'session', id: s.id });
          }}
        />
      )}
    </section>
  );
}
