// The plan report on screen, styled for print: «Skriv ut / lagre som PDF» prints it (the app's
// print dialog saves a PDF); the page title becomes the PDF's title.
import { useEffect } from 'react';
import { t } from '../../../shared/i18n';
import { useApi } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReportView } from './ReportView';
import './plan.css';

export function PlanReportPage({ id }: { id: string }) {
  const report = useApi('plans.report', { municipalityId: id });
  const doc = report.data;
  useEffect(() => {
    if (!doc) return;
    const before = document.title;
    document.title = doc.title;
    return () => {
      document.title = before;
    };
  }, [doc]);
  if (report.error) return <ErrorNotice error={report.error} />;
  if (!doc) return <p className="empty">{t('app.loading')}</p>;
  return (
    <>
      <div className="actions report-actions">
        <a className="button" href={href({ name: 'plan', id })}>
          {t('plan.back', { municipality: t('plan.title') })}
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('plan.report.print')}
        </button>
      </div>
      <ReportView doc={doc} />
    </>
  );
}
