// The results of a round, for the projector. Hidden until the guide reveals
// them (the room answers first): while hidden, only the number of answers is
// in the page, never a result.
import type { RoundResults } from '../../../shared/analysis/api';
import { formatInteger } from '../../../shared/format';
import { t } from '../../../shared/i18n';
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
  const answered = r.summary.respondents;

  if (!r.round.revealed) {
    return (
      <section className="res-hidden" aria-labelledby="res-hidden-title">
        <h2 id="res-hidden-title" className="res-hidden__title">
          {t('results.hidden.title')}
        </h2>
        <p className="res-hidden__count">{answered === 0 ? t('results.hidden.none') : t('results.hidden.answered', { count: formatInteger(answered) })}</p>
        <p className="res-hidden__lead">{t('results.hidden.lead')}</p>
        <ErrorNotice error={reveal.error} />
        <button type="button" className="button button--primary res-hidden__button" disabled={reveal.isPending} onClick={() => reveal.mutate({ id: roundId, revealed: true })}>
          {t('results.reveal')}
        </button>
      </section>
    );
  }

  return (
    <div className="res">
      <div className="res__head">
        <p className="res__count">{t('results.answered', { count: formatInteger(answered) })}</p>
        <button type="button" className="button button--small" disabled={reveal.isPending} onClick={() => reveal.mutate({ id: roundId, revealed: false })}>
          {t('results.hide')}
        </button>
      </div>
      <ErrorNotice error={reveal.error} />
      {answered === 0 ? <p className="empty">{t('results.noRespondents')}</p> : <RevealedResults results={r} />}
    </div>
  );
}

function RevealedResults({ results }: { results: RoundResults }) {
  const units = useApi('units.list', { municipalityId: results.round.municipalityId });
  const content = results.set.content;
  return (
    <>
      <AreaMeansChart areas={results.summary.areas} scale={content.scale} consensus={results.consensus} />
      <GapsList gaps={results.gaps} max={content.scale.max} />
      <DistributionChart areas={results.summary.areas} statements={results.summary.statements} texts={content.statements} scale={content.scale} respondents={results.summary.respondents} />
      <BreakdownTable results={results} units={units.data} />
    </>
  );
}
