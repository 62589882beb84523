// Progress of a municipality: the units x components heat table, the
// development by month, and one unit's bars.
import { useState } from 'react';
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { shareInPlace, type Progress, type Tally } from '../../../shared/checklists';
import { formatInteger, formatMonth } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { unitKindLabel } from '../../app/labels';
import { href } from '../../app/router';
import { CHART } from '../../components/chartStyle';
import { ErrorNotice } from '../../components/ErrorNotice';
import { UnitProgressChart } from './UnitProgressChart';

/** Long compounds may break before "kompetanse" in narrow table headers. */
const breakable = (title: string) => title.replace(/(\S)(kompetanse|grunnlag)/g, '$1\u00AD$2');
const percent = (x: Tally) => `${formatInteger(Math.round(shareInPlace(x) * 100))} %`;
/** Five steps of green (none, under 25 %, 25-49 %, 50-74 %, 75 % and more); each cell's text carries the number. */
const level = (x: Tally) => (x.inPlace === 0 ? 0 : Math.min(4, 1 + Math.floor(shareInPlace(x) * 4)));

export function ProgressPage({ id }: { id: string }) {
  const municipality = useApi('municipalities.get', { id });
  const progress = useApi('progress.municipality', { municipalityId: id });
  const [unitId, setUnitId] = useState<string | null>(null);

  if (municipality.error || progress.error) return <ErrorNotice error={municipality.error ?? progress.error} />;
  if (!municipality.data || !progress.data) return <p className="empty">{t('app.loading')}</p>;
  const p = progress.data;
  const unit = p.units.find((u) => u.id === unitId) ?? p.units[0];

  return (
    <>
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'municipality', id })}>← {municipality.data.name}</a>
      </nav>
      <div className="page-head page-head--tight">
        <div>
          <h1 className="page-title">
            {t('progress.title')} – {municipality.data.name}
          </h1>
          <p className="page-lead">{t('progress.lead')}</p>
        </div>
        <a className="button button--primary" href={href({ name: 'checklists', id })}>
          {t('model.checklists')}
        </a>
      </div>
      <HeatTable progress={p} selected={unit?.id} onSelect={setUnitId} />
      <div className="columns columns--charts">
        {unit && <UnitProgressChart unitName={unit.name} components={unit.components} />}
        <OverTimeChart monthly={p.monthly} />
      </div>
    </>
  );
}

function HeatTable({
  progress,
  selected,
  onSelect,
}: {
  progress: Progress;
  selected?: string;
  onSelect: (id: string) => void;
}) {
  return (
    <div className="heat-wrap">
      <table className="heat">
        <thead>
          <tr>
            <th scope="col" className="heat__corner">
              {t('progress.heat.unit')}
            </th>
            {progress.components.map((c, i) => (
              <th key={c.id} scope="col" className="heat__col">
                <span className="heat__number">{i + 1}</span> {breakable(c.title)}
              </th>
            ))}
            <th scope="col" className="heat__col heat__col--total">
              {t('progress.heat.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.units.map((u) => (
            <tr key={u.id} className={u.id === selected ? 'heat__row heat__row--selected' : 'heat__row'}>
              <th scope="row" className="heat__unit">
                <button
                  type="button"
                  className="heat__unit-button"
                  aria-pressed={u.id === selected}
                  onClick={() => onSelect(u.id)}
                >
                  {u.name} <span className="heat__kind">{unitKindLabel(u.kind)}</span>
                </button>
              </th>
              {u.components.map((c) => (
                <td key={c.componentId} className={`heat__cell heat__cell--${level(c)}`}>
                  <span className="heat__percent">{percent(c)}</span>
                  <span className="heat__count">{t('progress.cell', { inPlace: c.inPlace, total: c.total })}</span>
                </td>
              ))}
              <td className={`heat__cell heat__cell--total heat__cell--${level(u.total)}`}>
                <span className="heat__percent">{percent(u.total)}</span>
                <span className="heat__count">
                  {t('progress.cell', { inPlace: u.total.inPlace, total: u.total.total })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OverTimeChart({ monthly }: { monthly: Progress['monthly'] }) {
  const data = monthly.map((m) => ({
    month: formatMonth(m.month),
    share: Math.round(shareInPlace(m) * 100),
    inProgress: Math.round((m.total ? m.inProgress / m.total : 0) * 100),
  }));
  return (
    <figure className="chart" aria-label={t('progress.overTime')}>
      <figcaption className="chart__title">{t('progress.overTime')}</figcaption>
      <p className="chart__lead">{t('progress.overTime.lead')}</p>
      {data.length === 0 ? (
        <p className="empty">{t('progress.overTime.empty')}</p>
      ) : (
        <>
          <div className="chart__canvas chart__canvas--time">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data} margin={{ top: 34, right: 40, bottom: 8, left: 8 }}>
                <CartesianGrid stroke={CHART.grid} strokeDasharray="4 4" />
                <XAxis dataKey="month" tick={CHART.tick} stroke={CHART.axis} interval="preserveStartEnd" />
                <YAxis
                  domain={[0, 100]}
                  ticks={[0, 25, 50, 75, 100]}
                  tickFormatter={(v: number) => `${v}\u00a0%`}
                  tick={CHART.tick}
                  stroke={CHART.axis}
                  width={110}
                />
                <Line
                  type="monotone"
                  dataKey="share"
                  name={t('progress.share')}
                  stroke={CHART.inPlace}
                  strokeWidth={5}
                  dot={{ r: 7, fill: CHART.inPlace }}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey="share"
                    position="top"
                    offset={16}
                    formatter={(v: unknown) => `${v}\u00a0%`}
                    style={CHART.valueLabel}
                  />
                </Line>
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="sr-only">
            <caption>{t('progress.overTime')}</caption>
            <tbody>
              {data.map((d) => (
                <tr key={d.month}>
                  <th scope="row">{d.month}</th>
                  <td>{d.share} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
