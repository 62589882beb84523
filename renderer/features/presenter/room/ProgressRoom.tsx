// Checklist progress as the room sees it: units x the model's steps, how many
// items are in place, on one screen for up to eight units.
import { t, tc } from '../../../../shared/i18n';
import { send } from '../../../api/client';
import { usePolled } from '../presentation';

const MAX_UNITS = 8;

export function ProgressRoom({
  municipalityId,
  unitIds,
  title,
}: {
  municipalityId: string;
  unitIds: readonly string[];
  title: string;
}) {
  const progress = usePolled(['progress.municipality', { municipalityId }], () =>
    send('progress.municipality', { municipalityId }),
  );
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
      {/* Steps down, units across: the step titles get the width they need. */}
      <table className="room-table">
        <thead>
          <tr>
            <td />
            {shown.map((u) => (
              <th key={u.id} scope="col">
                {u.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.components.map((c, i) => (
            <tr key={c.id}>
              <th scope="row">
                <span className="room-table__step">{i + 1}</span> {c.title}
              </th>
              {shown.map((u) => {
                const cell = u.components.find((x) => x.componentId === c.id);
                const share = !cell || cell.total === 0 ? 0 : cell.inPlace / cell.total;
                return (
                  <td
                    key={u.id}
                    style={{ ['--share' as string]: share }}
                    className={share === 1 ? 'room-table__done' : undefined}
                  >
                    {cell ? t('room.progress.inPlace', { inPlace: cell.inPlace, total: cell.total }) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > MAX_UNITS && (
        <p className="room-lead">{t('room.progress.more', { units: tc('count.units', units.length - MAX_UNITS) })}</p>
      )}
    </div>
  );
}
