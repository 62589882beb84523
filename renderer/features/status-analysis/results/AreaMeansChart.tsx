// Each area's mean on the scale 1..max as horizontal bars, with the mean
// written at the bar end, n and the agreed consensus written above the bar,
// and the consensus drawn as a black diamond on the bar.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { titleAxisProps } from '../../../components/titleAxis';
import type { AreaStats } from '../../../../shared/analysis/scoring';
import type { Scale } from '../../../../shared/analysis/types';
import { formatInteger } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { CHART } from '../../../components/chartStyle';
import { formatMean, formatScore, formatShare, INK, MEAN_FILL, scaleValues, TRACK } from './numbers';
import { ResultFigure, ScaleKey, TableToggle } from './parts';
import { useRem } from './useRem';

const ROW_REM = 3.8;
const AXIS_REM = 2.6;
/** Bar thickness in rem (bars in px would look thin beside 28 px type at 1920 wide). */
const BAR_REM = 1.35;

/** The consensus marker: a black diamond with a white rim, taller than the bar. */
function diamond(barPx: number) {
  return function Diamond({ cx, cy }: { cx?: number; cy?: number }) {
    if (cx === undefined || cy === undefined) return <g />;
    const r = barPx / 2 + 6;
    return (
      <path
        d={`M${cx} ${cy - r}L${cx + r * 0.7} ${cy}L${cx} ${cy + r}L${cx - r * 0.7} ${cy}Z`}
        fill={INK}
        stroke="#ffffff"
        strokeWidth={3}
      />
    );
  };
}

export function AreaMeansChart({
  areas,
  scale,
  consensus,
}: {
  areas: AreaStats[];
  scale: Scale;
  consensus: Record<string, number>;
}) {
  const [table, setTable] = useState(false);
  const rem = useRem();
  const barPx = Math.round(BAR_REM * rem);
  const max = scale.max;
  const consensusOf = (areaId: string): number | undefined => consensus[`area:${areaId}`];
  const data = areas.map((a) => {
    const c = consensusOf(a.areaId);
    const parts = [a.mean === null ? t('results.noAnswers') : t('results.nValue', { n: formatInteger(a.n) })];
    if (c !== undefined) parts.push(t('results.consensus', { value: formatScore(c) }));
    return {
      id: a.areaId,
      title: a.title,
      mean: a.mean,
      meanText: a.mean === null ? '' : formatMean(a.mean),
      meta: parts.join(' · '),
    };
  });
  const title = t('results.areas.title');

  return (
    <ResultFigure
      title={title}
      lead={t('results.areas.lead', { max })}
      controls={<TableToggle on={table} onChange={setTable} />}
    >
      {table ? (
        <AreaTable areas={areas} consensusOf={consensusOf} caption={title} />
      ) : (
        <>
          <ul className="res-legend">
            <li className="res-legend__item">
              <span className="res-legend__swatch" style={{ background: MEAN_FILL }} aria-hidden="true" />
              {t('results.legend.mean')}
            </li>
            <li className="res-legend__item">
              <span className="res-legend__diamond" aria-hidden="true">
                ◆
              </span>
              {t('results.legend.consensus')}
            </li>
          </ul>
          <div className="chart__canvas" style={{ height: `${areas.length * ROW_REM + AXIS_REM}rem` }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 8, right: Math.round(3.2 * rem), bottom: 4, left: 4 }}
                barSize={barPx}
              >
                <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="4 4" />
                <XAxis
                  type="number"
                  domain={[1, max]}
                  ticks={scaleValues(max)}
                  allowDataOverflow
                  tick={CHART.tick}
                  stroke={CHART.axis}
                  interval={0}
                />
                {/* The title, n and consensus above each bar: long Norwegian titles stay whole. */}
                <YAxis {...titleAxisProps('id', (i) => data[i], barPx / 2 + Math.round(0.4 * rem))} />
                <Bar dataKey="mean" fill={MEAN_FILL} background={{ fill: TRACK }} isAnimationActive={false}>
                  <LabelList
                    dataKey="meanText"
                    position="right"
                    offset={10}
                    style={{ ...CHART.valueLabel, fontSize: '1rem' }}
                  />
                </Bar>
                {data.map((d) => {
                  const c = consensusOf(d.id);
                  return c === undefined ? null : (
                    <ReferenceDot key={d.id} x={c} y={d.id} ifOverflow="discard" shape={diamond(barPx)} />
                  );
                })}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ScaleKey scale={scale} />
        </>
      )}
    </ResultFigure>
  );
}

function AreaTable({
  areas,
  consensusOf,
  caption,
}: {
  areas: AreaStats[];
  consensusOf: (areaId: string) => number | undefined;
  caption: string;
}) {
  return (
    <div className="res-table-wrap">
      <table className="res-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.area')}</th>
            <th scope="col" className="res-num">
              {t('results.col.statements')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.n')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.mean')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.median')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.sd')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.topTwo')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.dontKnow')}
            </th>
            <th scope="col" className="res-num">
              {t('results.col.consensus')}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => {
            const c = consensusOf(a.areaId);
            return (
              <tr key={a.areaId}>
                <th scope="row">{a.title}</th>
                <td className="res-num">{formatInteger(a.statements)}</td>
                <td className="res-num">{formatInteger(a.n)}</td>
                <td className="res-num res-strong">{formatMean(a.mean, 2)}</td>
                <td className="res-num">{formatMean(a.median)}</td>
                <td className="res-num">{formatMean(a.sd, 2)}</td>
                <td className="res-num">{formatShare(a.topTwoShare)}</td>
                <td className="res-num">{formatInteger(a.dontKnow)}</td>
                <td className="res-num">{c === undefined ? '–' : formatScore(c)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
