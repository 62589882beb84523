// "Største gap": the lowest areas and the statements the staff disagree on
// most, as plain readable lists.
import type { LargestGaps } from '../../../../shared/analysis/scoring';
import { formatInteger } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { formatMean } from './numbers';
import { ResultFigure } from './parts';

const TOP = 3;

export function GapsList({ gaps, max }: { gaps: LargestGaps; max: number }) {
  const areas = gaps.areas.slice(0, TOP);
  const statements = gaps.statements.slice(0, TOP);
  return (
    <ResultFigure title={t('results.gaps.title')} lead={t('results.gaps.lead')}>
      <div className="res-gaps">
        <div>
          <h4 className="res-subtitle">{t('results.gaps.areas')}</h4>
          {areas.length === 0 ? (
            <p className="empty">{t('results.gaps.empty')}</p>
          ) : (
            <ol className="res-gaps__list">
              {areas.map((a) => (
                <li key={a.areaId} className="res-gaps__item">
                  <span className="res-gaps__name">{a.title}</span>
                  <span className="res-gaps__numbers">
                    {t('results.gaps.areaNumbers', {
                      mean: formatMean(a.mean),
                      max: formatInteger(max),
                      gap: formatMean(a.gap),
                      n: formatInteger(a.n),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h4 className="res-subtitle">{t('results.gaps.statements')}</h4>
          {statements.length === 0 ? (
            <p className="empty">{t('results.gaps.empty')}</p>
          ) : (
            <ol className="res-gaps__list">
              {statements.map((s) => (
                <li key={s.code} className="res-gaps__item">
                  <span className="res-gaps__name">
                    <strong className="res-code">{s.code}</strong> {s.text}
                  </span>
                  <span className="res-gaps__numbers">
                    {t('results.gaps.statementNumbers', {
                      sd: formatMean(s.sd, 2),
                      mean: formatMean(s.mean),
                      n: formatInteger(s.n),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </ResultFigure>
  );
}
