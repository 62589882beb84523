// The plan report: the same report view and save actions as the session summary. The guide
// sees the preview (the view that is printed to PDF) and saves Word or PDF, all by keyboard;
// the files are named by municipality and date.
import { t } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { href } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
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
        <PageHeader
          tight
          crumbs={[{ href: href({ name: 'plan', id }), label: t('plan.title') }]}
          title={t('plan.report')}
          lead={t('plan.report.lead')}
          actions={<SaveButtons save={save} ready={ready} />}
          actionsLabel={t('report.page.save')}
        />
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
