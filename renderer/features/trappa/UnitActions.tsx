// On the municipality page: the FFSS actions of one unit at a time, with status.
import { useState } from 'react';
import type { Unit } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { ActionsPanel } from './ActionsPanel';

export function UnitActions({ units }: { units: Unit[] }) {
  const [unitId, setUnitId] = useState<string | null>(null);
  if (units.length === 0) return null;
  const current = units.find((u) => u.id === unitId) ?? units[0];
  return (
    <section className="panel panel--model" aria-label={t('trappa.actions.perUnit')}>
      <div className="tabs" role="group" aria-label={t('trappa.actions.perUnit')}>
        {units.map((u) => (
          <button
            key={u.id}
            type="button"
            className={u.id === current.id ? 'tab tab--on' : 'tab'}
            aria-pressed={u.id === current.id}
            onClick={() => setUnitId(u.id)}
          >
            {u.name}
          </button>
        ))}
      </div>
      <ActionsPanel unitId={current.id} units={units} title={t('trappa.actions.forUnit', { unit: current.name })} />
    </section>
  );
}
