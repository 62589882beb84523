import { useState } from 'react';
import type { Municipality, Unit } from '../../../shared/domain';
import { t, tc } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { unitKindLabel } from '../../app/labels';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';
import { UnitForm } from './UnitForm';

export function UnitsPanel({ municipality }: { municipality: Municipality }) {
  const units = useApi('units.list', { municipalityId: municipality.id });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Unit | null>(null);

  return (
    <section className="panel" aria-labelledby="units-title">
      <PanelHeader
        id="units-title"
        title={t('units.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            + {t('units.add')}
          </button>
        }
      />
      <p className="panel__lead">{t('units.lead')}</p>
      <ErrorNotice error={units.error} />
      {units.data?.length === 0 && <p className="empty">{t('units.empty')}</p>}
      <ul className="rows" aria-label={t('units.title')}>
        {units.data?.map((u) => {
          const contact = [u.contactRole, municipality.allowContactNames ? u.contactName : '']
            .filter(Boolean)
            .join(', ');
          return (
            <li key={u.id} className="row">
              <span className={`badge badge--${u.kind}`}>{u.sfo ? t('units.sfo') : unitKindLabel(u.kind)}</span>
              <span className="row__main">
                <strong className="row__title">{u.name}</strong>
                <span className="row__meta">
                  {[
                    u.staffCount !== null && tc('count.staff', u.staffCount),
                    contact && t('units.contact', { contact }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span className="row__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(u)}
                  aria-label={`${t('common.edit')}: ${u.name}`}
                >
                  {t('common.edit')}
                </button>
                <DeleteAction
                  small
                  method="units.delete"
                  id={u.id}
                  ariaLabel={`${t('common.delete')}: ${u.name}`}
                  confirmTitle={t('units.confirmDelete.title', { name: u.name })}
                  confirmBody={t('units.confirmDelete.body')}
                  deletedMessage={t('units.deleted', { name: u.name })}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {creating && <UnitForm municipality={municipality} onClose={() => setCreating(false)} />}
      {editing && <UnitForm municipality={municipality} existing={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
