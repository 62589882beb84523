// Per unit: each component's share of items in place, as horizontal bars with
// the numbers written on them (colour is never the only signal).
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { titleAxisProps } from '../../components/titleAxis';
import { shareInPlace, type Tally } from '../../../shared/checklists';
import { formatInteger } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { CHART } from '../../components/chartStyle';

const ROW_REM = 3.4;
const BAR_PX = 24;

export interface ComponentTally extends Tally {
  componentId: string;
  title: string;
}

export function UnitProgressChart({ unitName, components }: { unitName: string; components: ComponentTally[] }) {
  const data = components.map((c, i) => ({
    name: `${i + 1}. ${c.title}`,
    share: Math.round(shareInPlace(c) * 100),
    rest: 100 - Math.round(shareInPlace(c) * 100),
    label: `${c.inPlace}/${c.total} · ${formatInteger(Math.round(shareInPlace(c) * 100))} %`,
  }));
  const title = t('checklists.progressTitle', { unit: unitName });
  return (
    <figure className="chart" aria-label={title}>
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__canvas" style={{ height: `${components.length * ROW_REM}rem` }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 4 }} barSize={BAR_PX}>
            <XAxis type="number" domain={[0, 100]} hide />
            {/* The name and the numbers above each bar: long titles stay whole, and a 0 % row still says so. */}
            <YAxis {...titleAxisProps('name', (i) => ({ title: data[i].name, meta: data[i].label }), BAR_PX / 2 + 8)} />
            {/* In place, then the rest as a light track (stacked, so a 0 % row still shows its empty track). */}
            <Bar dataKey="share" stackId="all" fill={CHART.inPlace} isAnimationActive={false} />
            <Bar dataKey="rest" stackId="all" fill={CHART.track} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {components.map((c, i) => (
            <tr key={c.componentId}>
              <th scope="row">
                {i + 1}. {c.title}
              </th>
              <td>{t('checklists.itemsInPlace', { inPlace: c.inPlace, total: c.total })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
