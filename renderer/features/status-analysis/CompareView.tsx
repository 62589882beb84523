// Comparing two rounds of the same municipality (e.g. the baseline and a
// follow-up): the earlier round is always "a", the later "b", so a change is
// always later minus earlier.
import type { Round, RoundComparison } from '../../../shared/analysis/api';
import type { Area } from '../../../shared/analysis/types';
import { formatDate } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CompareAreasChart, CompareStatementsTable } from './results/CompareCharts';
import { roundKindLabel } from './results/rounds';

/** Earlier first: by date, then by creation time. */
const byDate = (x: Round, y: Round) =>
  x.date === y.date ? x.createdAt.localeCompare(y.createdAt) : x.date.localeCompare(y.date);

/** The default partner for a follow-up: the latest baseline dated before it, else any baseline. */
function defaultPartner(round: Round, others: Round[]): string | undefined {
  if (round.kind !== 'follow_up') return undefined;
  const baselines = others.filter((r) => r.kind === 'baseline').sort(byDate);
  const before = baselines.filter((r) => byDate(r, round) < 0);
  return (before[before.length - 1] ?? baselines[0])?.id;
}

export function CompareView({
  roundId,
  compareWith,
  onPick,
}: {
  roundId: string;
  compareWith?: string;
  onPick: (otherId: string) => void;
}) {
  const results = useApi('rounds.results', { id: roundId });
  const municipalityId = results.data?.round.municipalityId ?? '';
  const rounds = useApi('rounds.list', { municipalityId }, Boolean(municipalityId));

  const round = results.data?.round;
  const others = (rounds.data ?? []).filter((r) => r.id !== roundId).sort(byDate);
  const otherId =
    round && rounds.data
      ? others.some((r) => r.id === compareWith)
        ? compareWith
        : defaultPartner(round, others)
      : undefined;
  const other = others.find((r) => r.id === otherId);
  const [a, b] = round && other ? [round, other].sort(byDate) : [undefined, undefined];
  const comparison = useApi('rounds.compare', { a: a?.id ?? '', b: b?.id ?? '' }, Boolean(a && b));

  if (results.error || rounds.error) return <ErrorNotice error={results.error ?? rounds.error} />;
  if (!results.data || !rounds.data || !round) return <p className="empty">{t('app.loading')}</p>;
  const max = results.data.set.content.scale.max;

  return (
    <div className="res">
      <section className="res-figure" aria-labelledby="compare-pick-title">
        <h3 id="compare-pick-title" className="res-figure__title">
          {t('compare.pick')}
        </h3>
        {others.length === 0 ? (
          <p className="empty">{t('compare.none')}</p>
        ) : (
          <ul className="res-rounds">
            {others.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={r.id === otherId ? 'res-round res-round--on' : 'res-round'}
                  aria-pressed={r.id === otherId}
                  onClick={() => onPick(r.id)}
                >
                  <span className="res-round__date">{formatDate(r.date)}</span>
                  <span className="res-round__title">{r.title}</span>
                  <span className="res-round__kind">{roundKindLabel(r.kind)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {others.length > 0 && !other && <p className="res-figure__lead">{t('compare.choose')}</p>}
      </section>
      {a && b && (
        <ComparisonBody rounds={[a, b]} comparison={comparison} max={max} areas={results.data.set.content.areas} />
      )}
    </div>
  );
}

function ComparisonBody({
  rounds,
  comparison,
  max,
  areas,
}: {
  rounds: [Round, Round];
  comparison: { data?: RoundComparison; error: Error | null };
  max: number;
  areas: Area[];
}) {
  const reveal = useApiMutation('rounds.reveal');
  const hidden = rounds.filter((r) => !r.revealed);
  if (hidden.length > 0) {
    // The room answers first: a hidden round's numbers stay out of the page here too.
    return (
      <section className="res-hidden res-hidden--compact" aria-label={t('results.hidden.title')}>
        {hidden.map((r) => (
          <div key={r.id} className="res-hidden__row">
            <p className="res-hidden__lead">{t('compare.hidden', { title: r.title, date: formatDate(r.date) })}</p>
            <button
              type="button"
              className="button button--primary button--large"
              disabled={reveal.isPending}
              onClick={() => reveal.mutate({ id: r.id, revealed: true })}
            >
              {t('compare.reveal', { title: r.title })}
            </button>
          </div>
        ))}
        <ErrorNotice error={reveal.error} />
      </section>
    );
  }
  if (comparison.error) return <ErrorNotice error={comparison.error} />;
  if (!comparison.data) return <p className="empty">{t('app.loading')}</p>;
  const { a, b, comparison: c } = comparison.data;
  // Titles for the statement table's area headings: the compared areas, then this round's own.
  const areaTitles = new Map([
    ...areas.map((x) => [x.id, x.title] as const),
    ...c.areas.map((x) => [x.areaId, x.title] as const),
  ]);
  if (!c.scaleComparable) {
    return (
      <p className="notice res-notice" role="status">
        {t('compare.scaleDiffers')}
      </p>
    );
  }
  return (
    <>
      <CompareAreasChart a={a} b={b} areas={c.areas} max={max} />
      <CompareStatementsTable a={a} b={b} statements={c.statements} areaTitles={areaTitles} />
    </>
  );
}
