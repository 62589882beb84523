// One status-analysis round: entry, import, consensus, results (hidden until
// revealed), comparison with another round, and the XLSX export.
import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import { t, tc, type MessageKey } from '../../../shared/i18n';
import { send } from '../../api/client';
import { useApi } from '../../api/hooks';
import { roundKindLabel } from '../../app/labels';
import { href, navigate, ROUND_TABS, type Route, type RoundTab } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MIME, downloadBase64 } from '../../components/download';
import { CompareView } from './CompareView';
import { ConsensusView } from './ConsensusView';
import { EntryView } from './EntryView';
import { ImportView } from './ImportView';
import { ResultsView } from './ResultsView';

const TAB_LABELS: Record<RoundTab, MessageKey> = {
  entry: 'analysis.tab.entry',
  import: 'analysis.tab.import',
  consensus: 'analysis.tab.consensus',
  results: 'analysis.tab.results',
  compare: 'analysis.tab.compare',
};

export function RoundPage({ route }: { route: Extract<Route, { name: 'round' }> }) {
  const detail = useApi('rounds.get', { id: route.id });
  const d = detail.data;
  const municipality = useApi('municipalities.get', { id: d?.round.municipalityId ?? '' }, Boolean(d));
  const units = useApi('units.list', { municipalityId: d?.round.municipalityId ?? '' }, Boolean(d));
  const [exporting, setExporting] = useState(false);
  const tab = route.tab ?? 'entry';

  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!d || !municipality.data || !units.data) return <p className="empty">{t('app.loading')}</p>;
  const { round, set } = d;

  return (
    <>
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'municipality', id: round.municipalityId })}>← {municipality.data.name}</a>
      </nav>
      <div className="page-head page-head--tight">
        <div>
          <h1 className="page-title">{round.title}</h1>
          <p className="page-lead">
            <span className="date-chip date-chip--large">{formatDate(round.date)}</span> {roundKindLabel(round.kind)} ·{' '}
            {set.content.name} · {tc('count.respondents', d.respondents.length)}
          </p>
        </div>
        <div className="actions actions--head">
          <button type="button" className="button" onClick={() => setExporting(true)}>
            {t('analysis.export')}
          </button>
          <DeleteAction
            method="rounds.delete"
            id={round.id}
            confirmTitle={t('analysis.confirmDelete.title', { title: round.title })}
            confirmBody={t('analysis.confirmDelete.body', {
              respondents: tc('count.respondents', d.respondents.length),
            })}
            deletedMessage={t('analysis.deleted', { title: round.title })}
            onDeleted={() => navigate({ name: 'municipality', id: round.municipalityId })}
          />
        </div>
      </div>
      {exporting && <ExportDialog roundId={round.id} onClose={() => setExporting(false)} />}
      <nav className="segmented segmented--tabs" aria-label={t('analysis.tabs')}>
        {ROUND_TABS.map((k) => (
          <a
            key={k}
            href={href({ name: 'round', id: round.id, tab: k, compareWith: route.compareWith })}
            className={k === tab ? 'segmented__option segmented__option--on' : 'segmented__option'}
            aria-current={k === tab ? 'page' : undefined}
          >
            {t(TAB_LABELS[k])}
          </a>
        ))}
      </nav>
      <section className="panel round-body">
        {tab === 'entry' && <EntryView detail={d} units={units.data} />}
        {tab === 'import' && <ImportView roundId={round.id} set={set.content} />}
        {tab === 'consensus' && <ConsensusView detail={d} />}
        {tab === 'results' && <ResultsView roundId={round.id} />}
        {tab === 'compare' && (
          <CompareView
            roundId={round.id}
            compareWith={route.compareWith}
            onPick={(other) =>
              navigate({ name: 'round', id: round.id, tab: 'compare', compareWith: other }, { replace: true })
            }
          />
        )}
      </section>
    </>
  );
}

/**
 * The Excel download: the figures as on screen; the per-respondent rows only
 * when the guide ticks them, under a warning that they are personal data.
 */
function ExportDialog({ roundId, onClose }: { roundId: string; onClose: () => void }) {
  const [withRows, setWithRows] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={t('export.choose.title')} onClose={onClose} lead={t('export.choose.lead')}>
      <label className="check-chip export__rows">
        <input
          type="checkbox"
          className="checkbox"
          checked={withRows}
          onChange={(e) => setWithRows(e.target.checked)}
        />
        <span>{t('export.choose.withRows')}</span>
      </label>
      {withRows && (
        <p className="notice notice--warning" role="note">
          {t('export.choose.warning')}
        </p>
      )}
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus=""
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            send('rounds.exportXlsx', { id: roundId, includeRespondents: withRows }).then(
              (f) => {
                downloadBase64(f.fileName, f.dataBase64, MIME.xlsx);
                onClose();
              },
              (err: Error) => {
                setError(err);
                setBusy(false);
              },
            );
          }}
        >
          {t('export.choose.download')}
        </button>
      </div>
    </Dialog>
  );
}
