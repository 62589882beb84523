import { useState } from 'react';
import { t, tc } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { SessionsPanel } from '../sessions/SessionsPanel';
import { UnitsPanel } from '../units/UnitsPanel';
import { ModelPanel } from '../checklists/ModelPanel';
import { AnalysisPanel } from '../status-analysis/AnalysisPanel';
import { UnitActions } from '../trappa/UnitActions';
import { OmniExport } from '../backups/OmniExport';
import { MunicipalityForm } from './MunicipalityForm';

export function MunicipalityPage({ id }: { id: string }) {
  const municipality = useApi('municipalities.get', { id });
  const units = useApi('units.list', { municipalityId: id });
  const [editing, setEditing] = useState(false);
  const m = municipality.data;

  if (municipality.error) return <ErrorNotice error={municipality.error} />;
  if (!m) return <p className="empty">{t('app.loading')}</p>;

  return (
    <>
      <PageHeader
        title={m.name}
        lead={[
          m.county && t('municipalities.county', { county: m.county }),
          t('municipalities.count', {
            units: tc('count.units', m.unitCount),
            sessions: tc('count.sessions', m.sessionCount),
          }),
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <a className="button button--primary" href={href({ name: 'plan', id: m.id })}>
              {t('plan.link')}
            </a>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </button>
            <OmniExport municipalityId={m.id} name={m.name} />
            <DeleteAction
              method="municipalities.delete"
              id={m.id}
              confirmTitle={t('municipalities.confirmDelete.title', { name: m.name })}
              confirmBody={t('municipalities.confirmDelete.lead')}
              deletedMessage={t('municipalities.deleted', { name: m.name })}
              onDeleted={() => navigate({ name: 'home' })}
            />
          </>
        }
      >
        {m.note && <p className="note-text">{m.note}</p>}
      </PageHeader>

      <div className="columns">
        <UnitsPanel municipality={m} />
        <SessionsPanel municipality={m} />
      </div>
      <div className="stack">
        <ModelPanel municipality={m} />
        <AnalysisPanel municipality={m} />
        <UnitActions units={units.data ?? []} />
      </div>

      {editing && <MunicipalityForm existing={m} onClose={() => setEditing(false)} />}
    </>
  );
}
