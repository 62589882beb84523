// The plan report: the same report view and save actions as the session summary. The guide
// sees the preview (the view that is printed to PDF) and saves Word or PDF, all by keyboard;
// the files are named by municipality and date.
import { t } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { href } from '../../app/router';
import { ReportView } from '../report/ReportView';
import { SaveButtons, SaveStatus, useReportSave, useReportTitle } from '../report/save';

export function PlanReportPage({ id }: { id: string }) {
  const report = useApi('plans.report', { municipalityId: id });
  const doc = report.data?.document;
  useReportTitle(doc?.title);
  const save = useReportSave(report.data);
  const ready = Boolean(report.data) && !report.isFetching;
  return (
    <>
      <div className="no-print">
        <nav className="crumbs" aria-label={t('common.crumbs')}>
          <a href={href({ name: 'plan', id })}>← {t('plan.title')}</a>
        </nav>
        <div className="page-head page-head--tight">
          <div>
            <h1 className="page-title">{t('plan.report')}</h1>
            <p className="page-lead">{t('plan.report.lead')}</p>
          </div>
          <SaveButtons save={save} ready={ready} />
        </div>
        <SaveStatus save={save} loadError={report.error} />
        {doc && <h2 className="panel__title panel__title--spaced">{t('report.page.preview')}</h2>}
      </div>
      {!report.error && (
        <div className="report-preview" aria-busy={report.isFetching}>
          {doc ? <ReportView document={doc} /> : <p className="empty">{t('app.loading')}</p>}
        </div>
      )}
    </>
  );
}
