// Checklist progress as the room sees it: units x the model's steps, how many
// items are in place, on one screen for up to eight units.
import { t } from '../../../../shared/i18n';
import { send } from '../../../api/client';
import { usePolled } from '../presentation';

const MAX_UNITS = 8;

export function ProgressRoom({ municipalityId, unitIds, title }: { municipalityId: string; unitIds: readonly string[]; title: string }) {
  const progress = usePolled(['progress.municipality', { municipalityId }], () => send('progress.municipality', { municipalityId }));
  const p = progress.data;
  if (progress.error) return <p className="room-message">{t('room.progress.noModel')}</p>;
  if (!p) return null;
  // The session's own units first (all of the municipality's if it names none).
  const units = unitIds.length > 0 ? p.units.filter((u) => unitIds.includes(u.id)) : p.units;
  const shown = units.slice(0, MAX_UNITS);
  return (
    <div className="room-progress" data-room-view="progress">
      <header className="room-head">
        <h1 className="room-head__title">{title}</h1>
        <p className="room-head__note">{p.packTitle}</p>
      </header>
      <table className="room-table">
        <thead>
          <tr>
            <th scope="col">{t('room.progress.unit')}</th>
            {p.components.map((c, i) => (
              <th key={c.id} scope="col">
                <span className="room-table__step">{i + 1}</span> {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              {u.components.map((c) => {
                const share = c.total === 0 ? 0 : c.inPlace / c.total;
                return (
                  <td key={c.componentId} style={{ ['--share' as string]: share }} className={share === 1 ? 'room-table__done' : undefined}>
                    {t('room.progress.inPlace', { inPlace: c.inPlace, total: c.total })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > MAX_UNITS && <p className="room-lead">{t('room.progress.more', { count: units.length - MAX_UNITS })}</p>}
    </div>
  );
}
