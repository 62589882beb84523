// Area means per role or per unit, as the main process lets them be shown
// (shared/analysis/privacy.ts). A hidden group shows only the words
// «Skjult for å verne små grupper»: never a count or a mean.
import { useState } from 'react';
import type { RoundResults } from '../../../../shared/analysis/api';
import type { BreakdownBy, BreakdownGroup, Summary } from '../../../../shared/analysis/scoring';
import { roleName } from '../../../../shared/analysis/types';
import type { Unit } from '../../../../shared/domain';
import { formatInteger } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { formatMean } from './numbers';
import { ChoiceButtons, ResultFigure } from './parts';

/** Long compounds may break (with a hyphen) at their joints in narrow column headers. */
const breakable = (title: string) =>
  title.replace(/([^\s-])(kompetanse|grunnlag|settet|miljø|rollen|trappa|hold)/g, '$1\u00AD$2');

export function BreakdownTable({
  results,
  summary,
  units,
}: {
  results: RoundResults;
  summary: Summary;
  units: Unit[] | undefined;
}) {
  const [by, setBy] = useState<BreakdownBy>('role');
  const breakdown = (by === 'role' ? results.byRole : results.byUnit) ?? {
    by,
    threshold: results.threshold,
    respondents: summary.respondents,
    groups: [],
  };
  const areas = summary.areas;
  const unitNames = new Map((units ?? []).map((u) => [u.id, u.name]));

  const groupName = (group: BreakdownGroup) => {
    if (group.key === null) return t('common.notSet');
    if (by === 'role') return roleName(group.key);
    return unitNames.get(group.key) ?? (units ? t('results.breakdown.unknownUnit') : t('app.loading'));
  };
  const means = (summary: Summary) => areas.map((a) => summary.areas.find((x) => x.areaId === a.areaId)?.mean ?? null);
  const title = t('results.breakdown.title');

  return (
    <ResultFigure
      title={title}
      lead={t('results.breakdown.privacyLead', { threshold: formatInteger(breakdown.threshold) })}
      controls={
        <ChoiceButtons<BreakdownBy>
          label={t('results.breakdown.by')}
          options={[
            { value: 'role', label: t('results.breakdown.byRole') },
            { value: 'unit', label: t('results.breakdown.byUnit') },
          ]}
          value={by}
          onChange={setBy}
        />
      }
    >
      {breakdown.groups.length === 0 ? (
        <p className="empty">{t('results.breakdown.empty')}</p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table res-table--breakdown">
            <caption className="sr-only">{`${title}: ${by === 'role' ? t('results.breakdown.byRole') : t('results.breakdown.byUnit')}`}</caption>
            <thead>
              <tr>
                <th scope="col" className="res-table__group">
                  {by === 'role' ? t('results.breakdown.role') : t('results.breakdown.unit')}
                </th>
                <th scope="col" className="res-num">
                  {t('results.breakdown.respondents')}
                </th>
                {areas.map((a) => (
                  <th key={a.areaId} scope="col" className="res-num res-table__area" lang="nb">
                    {breakable(a.title)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="res-table__total">
                <th scope="row">{t('results.breakdown.all')}</th>
                <td className="res-num">{formatInteger(summary.respondents)}</td>
                {means(summary).map((m, i) => (
                  <td key={areas[i].areaId} className="res-num res-strong">
                    {formatMean(m)}
                  </td>
                ))}
              </tr>
              {breakdown.groups.map((group) => (
                <tr key={group.key ?? '\u0000none'}>
                  <th scope="row">{groupName(group)}</th>
                  {group.suppressed || !group.summary || group.respondents === null ? (
                    <td colSpan={areas.length + 1} className="res-suppressed">
                      {t('results.breakdown.hidden')}
                    </td>
                  ) : (
                    <>
                      <td className="res-num">{formatInteger(group.respondents)}</td>
                      {means(group.summary).map((m, i) => (
                        <td key={areas[i].areaId} className="res-num">
                          {formatMean(m)}
                        </td>
                      ))}
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ResultFigure>
  );
}
