// The results of a round, for the projector. Hidden until the guide reveals
// them (the room answers first): while hidden, only the number of answers is
// in the page, never a result.
import type { RoundResults } from '../../../shared/analysis/api';
import type { Summary } from '../../../shared/analysis/scoring';
import { formatInteger } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AreaMeansChart } from './results/AreaMeansChart';
import { BreakdownTable } from './results/BreakdownTable';
import { DistributionChart } from './results/DistributionChart';
import { GapsList } from './results/GapsList';

export function ResultsView({ roundId }: { roundId: string }) {
  const results = useApi('rounds.results', { id: roundId });
  const reveal = useApiMutation('rounds.reveal');

  if (results.error) return <ErrorNotice error={results.error} />;
  if (!results.data) return <p className="empty">{t('app.loading')}</p>;
  const r = results.data;
  const answered = r.answered;

  if (r.status === 'hidden') {
    return (
      <section className="res-hidden" aria-labelledby="res-hidden-title">
        <h2 id="res-hidden-title" className="res-hidden__title">
          {t('results.hidden.title')}
        </h2>
        <p className="res-hidden__count">
          {answered === 0 ? t('results.hidden.none') : t('results.hidden.answered', { count: formatInteger(answered) })}
        </p>
        <p className="res-hidden__lead">{t('results.hidden.lead')}</p>
        <ErrorNotice error={reveal.error} />
        <button
          type="button"
          className="button button--primary res-hidden__button"
          disabled={reveal.isPending}
          onClick={() => reveal.mutate({ id: roundId, revealed: true })}
        >
          {t('results.reveal')}
        </button>
      </section>
    );
  }

  return (
    <div className="res">
      <div className="res__head">
        <p className="res__count">
          {t('results.answered', { count: formatInteger(r.summary?.respondents ?? answered) })}
        </p>
        <button
          type="button"
          className="button button--small"
          disabled={reveal.isPending}
          onClick={() => reveal.mutate({ id: roundId, revealed: false })}
        >
          {t('results.hide')}
        </button>
      </div>
      <ErrorNotice error={reveal.error} />
      {r.changedSinceReveal > 0 && (
        <div className="notice res-notice" role="status">
          <p>{t('results.changed', { forms: tc('count.forms', r.changedSinceReveal) })}</p>
          {r.changedSinceReveal < r.threshold && (
            <p>{t('results.changedFew', { threshold: formatInteger(r.threshold) })}</p>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate({ id: roundId, revealed: true })}
          >
            {t('results.revealAgain')}
          </button>
        </div>
      )}
      {answered === 0 && r.changedSinceReveal === 0 ? (
        <p className="empty">{t('results.noRespondents')}</p>
      ) : r.status === 'too_few' || !r.summary ? (
        <section className="res-hidden res-hidden--compact" aria-labelledby="res-few-title">
          <h2 id="res-few-title" className="res-hidden__title">
            {t('results.tooFew.title')}
          </h2>
          <p className="res-hidden__lead">
            {t('results.tooFew.lead', { count: formatInteger(answered), threshold: formatInteger(r.threshold) })}
          </p>
        </section>
      ) : (
        <RevealedResults results={r} summary={r.summary} />
      )}
    </div>
  );
}

function RevealedResults({ results, summary }: { results: RoundResults; summary: Summary }) {
  const units = useApi('units.list', { municipalityId: results.round.municipalityId });
  const content = results.set.content;
  return (
    <>
      <AreaMeansChart areas={summary.areas} scale={content.scale} consensus={results.consensus} />
      {results.gaps && <GapsList gaps={results.gaps} max={content.scale.max} />}
      <DistributionChart
        areas={summary.areas}
        statements={summary.statements}
        texts={content.statements}
        scale={content.scale}
        respondents={summary.respondents}
      />
      <BreakdownTable results={results} summary={summary} units={units.data} />
    </>
  );
}
