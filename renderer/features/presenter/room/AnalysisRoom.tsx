// The status analysis as the room sees it: every area's mean (with the room's
// consensus) on one screen, one statement's answers large, or two rounds side
// by side. Nothing is shown before the guide reveals the round.
import { formatNumber } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import type { PresentationView } from '../../../../shared/presenter/api';
import { send } from '../../../api/client';
import { usePolled } from '../presentation';

const pct = (value: number, max: number) => `${Math.max(0, Math.min(1, (value - 1) / (max - 1))) * 100}%`;

export function AnalysisRoom({ roundId, view }: { roundId: string | null; view: PresentationView }) {
  const results = usePolled(
    ['rounds.results', { id: roundId }],
    () => send('rounds.results', { id: roundId! }),
    roundId !== null,
  );
  const compareWith = view.analysis === 'compare' ? view.compareWith : null;
  const municipalityId = results.data?.round.municipalityId ?? null;
  const rounds = usePolled(
    ['rounds.list', { municipalityId }],
    () => send('rounds.list', { municipalityId: municipalityId! }),
    municipalityId !== null && compareWith !== null,
  );
  // The earlier round is "before", whichever of the two the agenda item names.
  const other = rounds.data?.find((x) => x.id === compareWith);
  const [a, b] =
    other && results.data && other.date > results.data.round.date ? [roundId, compareWith] : [compareWith, roundId];
  const comparison = usePolled(
    ['rounds.compare', { a, b }],
    () => send('rounds.compare', { a: a!, b: b! }),
    roundId !== null && compareWith !== null && other !== undefined,
  );
  if (roundId === null) return <p className="room-message">{t('room.analysis.notChosen')}</p>;
  const r = results.data;
  if (!r) return null;
  const { scale } = r.set.content;
  const head = (
    <header className="room-head">
      <h1 className="room-head__title">{r.round.title}</h1>
      {r.summary && (
        <p className="room-head__note">
          {t('room.analysis.respondents', { count: r.summary.respondents })} ·{' '}
          {t('room.analysis.scale', { max: scale.max })}
        </p>
      )}
    </header>
  );
  // Only what the main process lets any screen show: nothing before the reveal, nothing under the threshold.
  if (!r.summary) {
    const tooFew = r.status === 'too_few';
    return (
      <div className="room-analysis" data-room-view="analysis-hidden">
        {head}
        <div className="room-center">
          <p className="room-big">{t(tooFew ? 'results.tooFew.title' : 'room.analysis.hidden')}</p>
          <p className="room-lead">
            {tooFew
              ? t('results.tooFew.lead', { count: r.answered, threshold: r.threshold })
              : t('room.analysis.respondents', { count: r.round.respondentCount })}
          </p>
        </div>
      </div>
    );
  }

  if (view.analysis === 'statement') {
    const st = r.summary.statements.find((s) => s.code === view.statement) ?? null;
    const text = r.set.content.statements.find((s) => s.code === view.statement)?.text;
    if (!st || !text)
      return (
        <div className="room-analysis">
          {head}
          <p className="room-message">{t('room.analysis.pickStatement')}</p>
        </div>
      );
    const most = Math.max(1, ...st.distribution, st.dontKnow);
    const rows = [
      ...scale.labels.map((label, i) => ({ label: `${i + 1} ${label}`, n: st.distribution[i] ?? 0 })),
      { label: scale.dontKnowLabel, n: st.dontKnow },
    ];
    return (
      <div className="room-analysis" data-room-view="analysis-statement">
        {head}
        <p className="room-statement">
          <span className="room-statement__code">{st.code}</span> {text}
        </p>
        <ul className="room-dist">
          {rows.map((row) => (
            <li key={row.label}>
              <span className="room-dist__label">{row.label}</span>
              <span className="room-bar">
                <span className="room-bar__fill" style={{ width: `${(row.n / most) * 100}%` }} />
              </span>
              <span className="room-dist__n">{row.n}</span>
            </li>
          ))}
        </ul>
        <p className="room-lead">
          {st.mean !== null
            ? t('room.analysis.meanOf', { mean: formatNumber(st.mean, 1) })
            : t('room.analysis.noAnswers')}
        </p>
      </div>
    );
  }

  if (view.analysis === 'compare') {
    const c = comparison.data;
    if (compareWith === null)
      return (
        <div className="room-analysis">
          {head}
          <p className="room-message">{t('room.analysis.pickRound')}</p>
        </div>
      );
    if (!c) return null;
    if (!c.a.revealed)
      return (
        <div className="room-analysis">
          {head}
          <p className="room-message">{t('room.analysis.hidden')}</p>
        </div>
      );
    if (!c.comparison.scaleComparable)
      return (
        <div className="room-analysis">
          {head}
          <p className="room-message">{t('room.analysis.notComparable')}</p>
        </div>
      );
    return (
      <div className="room-analysis" data-room-view="analysis-compare">
        <header className="room-head">
          <h1 className="room-head__title">
            {c.a.title} → {c.b.title}
          </h1>
          <p className="room-head__note">
            <span className="room-swatch room-swatch--before" /> {c.a.title} <span className="room-swatch" />{' '}
            {c.b.title} · {t('room.analysis.scale', { max: scale.max })}
          </p>
        </header>
        <ul className="room-areas room-areas--compare">
          {c.comparison.areas.map((a) => (
            <li key={a.areaId}>
              <span className="room-areas__title">{a.title}</span>
              <span className="room-pair">
                <MeanBar mean={a.a.mean} max={scale.max} className="room-bar--before" label={c.a.title} />
                <MeanBar mean={a.b.mean} max={scale.max} label={c.b.title} />
              </span>
              <span className="room-areas__mean">
                {a.change !== null
                  ? `${a.change > 0 ? '+' : a.change < 0 ? '−' : '±'}${formatNumber(Math.abs(a.change), 1)}`
                  : '–'}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className="room-analysis" data-room-view="analysis-areas">
      {head}
      <ul className="room-areas">
        {r.summary.areas.map((a) => {
          const consensus = r.consensus[`area:${a.areaId}`];
          return (
            <li key={a.areaId}>
              <span className="room-areas__title">{a.title}</span>
              <span className="room-bar">
                {a.mean !== null && <span className="room-bar__fill" style={{ width: pct(a.mean, scale.max) }} />}
                {consensus !== undefined && (
                  <span
                    className="room-bar__consensus"
                    style={{ left: pct(consensus, scale.max) }}
                    title={t('room.analysis.consensus', { value: formatNumber(consensus, 1) })}
                  />
                )}
              </span>
              <span className="room-areas__mean">
                {a.mean !== null ? formatNumber(a.mean, 1) : t('room.analysis.noAnswers')}
              </span>
              {consensus !== undefined && (
                <span className="room-areas__consensus">
                  {t('room.analysis.consensus', { value: formatNumber(consensus, 1) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function MeanBar({
  mean,
  max,
  label,
  className = '',
}: {
  mean: number | null;
  max: number;
  label: string;
  className?: string;
}) {
  return (
    <span className="room-pair__row">
      <span
        className={`room-bar room-bar--thin ${className}`}
        role="img"
        aria-label={`${label}: ${mean !== null ? formatNumber(mean, 1) : '–'}`}
      >
        {mean !== null && <span className="room-bar__fill" style={{ width: pct(mean, max) }} />}
      </span>
      <span className="room-pair__value">{mean !== null ? formatNumber(mean, 1) : '–'}</span>
    </span>
  );
}
