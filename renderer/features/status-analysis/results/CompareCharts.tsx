// Comparison of two rounds: paired bars per area (earlier above, later
// below) with the change written beside them, and a table per statement.
import { Fragment, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { titleAxisProps } from '../../../components/titleAxis';
import type { Round } from '../../../../shared/analysis/api';
import type { AreaComparison, StatementComparison } from '../../../../shared/analysis/scoring';
import { formatDate, formatInteger } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { CHART } from '../../../components/chartStyle';
import {
  changeDirection,
  EARLIER_FILL,
  formatChange,
  formatMean,
  LATER_FILL,
  scaleValues,
  shownChange,
  TRACK,
} from './numbers';
import { ResultFigure, TableToggle } from './parts';
import { roundName } from './rounds';
import { useRem } from './useRem';

const ROW_REM = 5;
const AXIS_REM = 2.6;
const BAR_REM = 1.1;
const GAP_REM = 0.3;

/**
 * Tables give means with two decimals, so their changes too (a one-decimal change can disagree with the means
 * beside it).
 */
const TABLE_DIGITS = 2;
const changeClass = (change: number | null) => `res-change res-change--${changeDirection(change, TABLE_DIGITS)}`;

export function CompareAreasChart({ a, b, areas, max }: { a: Round; b: Round; areas: AreaComparison[]; max: number }) {
  const [table, setTable] = useState(false);
  const rem = useRem();
  const barPx = Math.round(BAR_REM * rem);
  const gapPx = Math.round(GAP_REM * rem);
  const data = areas.map((area) => ({
    id: area.areaId,
    title: area.title,
    a: area.a.mean,
    b: area.b.mean,
    aText: area.a.mean === null ? '' : formatMean(area.a.mean),
    bText: area.b.mean === null ? '' : formatMean(area.b.mean),
    meta:
      area.statements === 0
        ? t('compare.noComparable')
        : `${t('compare.changeValue', { change: formatChange(shownChange(area.a.mean, area.b.mean, area.change, 1)) })} · ${t('compare.nPair', { a: formatInteger(area.a.n), b: formatInteger(area.b.n) })}`,
  }));
  const title = t('compare.areas.title');

  return (
    <ResultFigure
      title={title}
      lead={t('compare.areas.lead', { max })}
      controls={<TableToggle on={table} onChange={setTable} />}
    >
      {table ? (
        <div className="res-table-wrap">
          <table className="res-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.col.area')}</th>
                <th scope="col" className="res-num">
                  {t('compare.col.statements')}
                </th>
                <ChangeColumns a={a} b={b} />
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => (
                <tr key={area.areaId}>
                  <th scope="row">{area.title}</th>
                  <td className="res-num">{formatInteger(area.statements)}</td>
                  <td className="res-num">{formatMean(area.a.mean, 2)}</td>
                  <td className="res-num">{formatMean(area.b.mean, 2)}</td>
                  <td
                    className={`res-num res-strong ${changeClass(shownChange(area.a.mean, area.b.mean, area.change, TABLE_DIGITS))}`}
                  >
                    {formatChange(shownChange(area.a.mean, area.b.mean, area.change, TABLE_DIGITS), TABLE_DIGITS)}
                  </td>
                  <td className="res-num">{formatInteger(area.a.n)}</td>
                  <td className="res-num">{formatInteger(area.b.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <ul className="res-legend">
            <li className="res-legend__item">
              <span className="res-legend__swatch" style={{ background: EARLIER_FILL }} aria-hidden="true" />
              {t('compare.legend.upper', { round: roundName(a) })}
            </li>
            <li className="res-legend__item">
              <span className="res-legend__swatch" style={{ background: LATER_FILL }} aria-hidden="true" />
              {t('compare.legend.lower', { round: roundName(b) })}
            </li>
          </ul>
          <div className="chart__canvas" style={{ height: `${areas.length * ROW_REM + AXIS_REM}rem` }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 8, right: Math.round(3.2 * rem), bottom: 4, left: 4 }}
                barSize={barPx}
                barGap={gapPx}
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
                <YAxis {...titleAxisProps('id', (i) => data[i], barPx + gapPx / 2 + Math.round(0.4 * rem))} />
                <Bar
                  dataKey="a"
                  name={roundName(a)}
                  fill={EARLIER_FILL}
                  background={{ fill: TRACK }}
                  isAnimationActive={false}
                >
                  <LabelList dataKey="aText" position="right" offset={10} style={CHART.valueLabel} />
                </Bar>
                <Bar
                  dataKey="b"
                  name={roundName(b)}
                  fill={LATER_FILL}
                  background={{ fill: TRACK }}
                  isAnimationActive={false}
                >
                  <LabelList dataKey="bText" position="right" offset={10} style={CHART.valueLabel} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </ResultFigure>
  );
}

export function CompareStatementsTable({
  a,
  b,
  statements,
  areaTitles,
}: {
  a: Round;
  b: Round;
  statements: StatementComparison[];
  areaTitles: Map<string, string>;
}) {
  const title = t('compare.statements.title');
  return (
    <ResultFigure title={title} lead={t('compare.statements.lead', { a: roundName(a), b: roundName(b) })}>
      <div className="res-table-wrap">
        <table className="res-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.col.code')}</th>
              <th scope="col">{t('results.col.statement')}</th>
              <ChangeColumns a={a} b={b} />
            </tr>
          </thead>
          <tbody>
            {statements.map((s, i) => (
              <Fragment key={s.code}>
                {(i === 0 || statements[i - 1].areaId !== s.areaId) && (
                  <tr className="res-table__section">
                    <th scope="colgroup" colSpan={7}>
                      {areaTitles.get(s.areaId) ?? s.areaId}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row" className="res-code">
                    {s.code}
                  </th>
                  <td className="res-table__text">{s.text}</td>
                  {s.comparable && s.a && s.b ? (
                    <>
                      <td className="res-num">{formatMean(s.a.mean, 2)}</td>
                      <td className="res-num">{formatMean(s.b.mean, 2)}</td>
                      <td
                        className={`res-num res-strong ${changeClass(shownChange(s.a?.mean, s.b?.mean, s.change, TABLE_DIGITS))}`}
                      >
                        {formatChange(shownChange(s.a?.mean, s.b?.mean, s.change, TABLE_DIGITS), TABLE_DIGITS)}
                      </td>
                      <td className="res-num">{formatInteger(s.a.n)}</td>
                      <td className="res-num">{formatInteger(s.b.n)}</td>
                    </>
                  ) : (
                    <td colSpan={5} className="res-suppressed">
                      {s.presence === 'both'
                        ? t('compare.notComparable')
                        : t('compare.onlyIn', { round: roundName(s.presence === 'a' ? a : b) })}
                    </td>
                  )}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </ResultFigure>
  );
}

/** The header cells both comparison tables end with: each round's mean, the change, each round's n. */
function ChangeColumns({ a, b }: { a: { date: string }; b: { date: string } }) {
  const [da, db] = [formatDate(a.date), formatDate(b.date)];
  const heads = [
    t('compare.col.mean', { date: da }),
    t('compare.col.mean', { date: db }),
    t('compare.col.change'),
    t('compare.col.n', { date: da }),
    t('compare.col.n', { date: db }),
  ];
  // Two rounds on the same day give the same text, so the cells are keyed by place.
  return heads.map((head, i) => (
    <th key={i} scope="col" className="res-num">
      {head}
    </th>
  ));
}
