// For one area at a time: per statement, how many answered each scale value
// and "don't know", as one stacked bar with the counts written in the
// segments (where they fit) and the statement above it as wrapping text.
import { useState } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { AreaStats, StatementStats } from '../../../../shared/analysis/scoring';
import type { Scale, Statement } from '../../../../shared/analysis/types';
import { formatInteger } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { CHART } from '../../../components/chartStyle';
import { DONT_KNOW_FILL, formatMean, INK, scaleColours, scaleValues, textOn } from './numbers';
import { ChoiceButtons, DistributionLegend, ResultFigure, TableToggle } from './parts';

/** A count is written in its segment only when the segment is at least this wide. */
const MIN_LABEL_PX = 30;

interface Row {
  code: string;
  text: string;
  stats: StatementStats;
}

export function DistributionChart({
  areas,
  statements,
  texts,
  scale,
  respondents,
}: {
  areas: AreaStats[];
  statements: StatementStats[];
  texts: Statement[];
  scale: Scale;
  respondents: number;
}) {
  const [table, setTable] = useState(false);
  const [areaId, setAreaId] = useState(areas[0]?.areaId ?? '');
  const area = areas.find((a) => a.areaId === areaId) ?? areas[0];
  if (!area) return null;
  const textOf = new Map(texts.map((s) => [s.code, s.text]));
  const rows: Row[] = statements
    .filter((s) => s.areaId === area.areaId)
    .map((s) => ({ code: s.code, text: textOf.get(s.code) ?? '', stats: s }));
  // One x scale for every bar of the round: lengths can be compared across statements.
  const domainMax = Math.max(1, respondents, ...statements.map((s) => s.n + s.dontKnow));
  const title = t('results.dist.title');

  return (
    <ResultFigure title={title} lead={t('results.dist.lead')} controls={<TableToggle on={table} onChange={setTable} />}>
      <ChoiceButtons
        label={t('results.dist.pickArea')}
        options={areas.map((a) => ({ value: a.areaId, label: a.title }))}
        value={area.areaId}
        onChange={setAreaId}
      />
      <h4 className="res-subtitle">{area.title}</h4>
      {table ? (
        <DistributionTable rows={rows} scale={scale} caption={`${title}: ${area.title}`} />
      ) : (
        <>
          <DistributionLegend scale={scale} />
          <ol className="res-dist">
            {rows.map((row) => (
              <li key={row.code} className="res-dist__row">
                <p className="res-dist__label">
                  <strong className="res-code">{row.code}</strong> {row.text}
                </p>
                <p className="res-dist__meta">
                  {t('results.dist.meta', {
                    n: formatInteger(row.stats.n),
                    mean: formatMean(row.stats.mean),
                    dontKnow: formatInteger(row.stats.dontKnow),
                  })}
                </p>
                <StackedBar stats={row.stats} scale={scale} domainMax={domainMax} />
                <p className="sr-only">
                  {[
                    ...scale.labels.map(
                      (label, i) => `${i + 1} ${label}: ${formatInteger(row.stats.distribution[i] ?? 0)}`,
                    ),
                    `${scale.dontKnowLabel}: ${formatInteger(row.stats.dontKnow)}`,
                  ].join('; ')}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </ResultFigure>
  );
}

function StackedBar({ stats, scale, domainMax }: { stats: StatementStats; scale: Scale; domainMax: number }) {
  const colours = scaleColours(scale.max);
  const datum: Record<string, number | string> = { code: stats.code, dk: stats.dontKnow };
  scaleValues(scale.max).forEach((v) => (datum[`v${v}`] = stats.distribution[v - 1] ?? 0));
  const segment = (key: string, fill: string) => (
    <Bar key={key} dataKey={key} stackId="all" fill={fill} stroke={INK} strokeWidth={1.5} isAnimationActive={false}>
      <LabelList
        dataKey={key}
        content={(props) => {
          const box = props.viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined;
          const value = Number(props.value);
          if (!box || !value || (box.width ?? 0) < MIN_LABEL_PX) return null;
          return (
            <text
              x={(box.x ?? 0) + (box.width ?? 0) / 2}
              y={(box.y ?? 0) + (box.height ?? 0) / 2}
              textAnchor="middle"
              dominantBaseline="central"
              style={{ ...CHART.valueLabel, fill: textOn(fill) }}
            >
              {formatInteger(value)}
            </text>
          );
        }}
      />
    </Bar>
  );
  return (
    <div className="res-dist__bar" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[datum]} layout="vertical" margin={{ top: 0, right: 4, bottom: 0, left: 0 }} barCategoryGap={0}>
          <XAxis type="number" domain={[0, domainMax]} hide />
          <YAxis type="category" dataKey="code" hide />
          {scaleValues(scale.max).map((v) => segment(`v${v}`, colours[v - 1]))}
          {segment('dk', DONT_KNOW_FILL)}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function DistributionTable({ rows, scale, caption }: { rows: Row[]; scale: Scale; caption: string }) {
  return (
    <div className="res-table-wrap">
      <table className="res-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.statement')}</th>
            {scale.labels.map((label, i) => (
              <th key={i} scope="col" className="res-num">
                <span className="res-th-value">{i + 1}</span> {label}
              </th>
            ))}
            <th scope="col" className="res-num">
              {scale.dontKnowLabel}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.n')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="res-table__text">
                <strong className="res-code">{row.code}</strong> {row.text}
              </th>
              {scaleValues(scale.max).map((v) => (
                <td key={v} className="res-num">
                  {formatInteger(row.stats.distribution[v - 1] ?? 0)}
                </td>
              ))}
              <td className="res-num">{formatInteger(row.stats.dontKnow)}</td>
              <td className="res-num">{formatInteger(row.stats.n)}</td>
              <td className="res-num res-strong">{formatMean(row.stats.mean, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
