// The session summary: the guide ticks the sections, sees the preview (the same
// view that is printed to PDF), and saves Word, PDF or Excel, all by keyboard.
import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { SESSION_SECTIONS, type SessionSection, type SessionSections } from '../../../shared/report/session';
import type { ReportDocument } from '../../../shared/report/document';
import { send } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { TextField } from '../../components/fields';
import { MIME, downloadBase64 } from '../../components/download';
import { ReportView } from './ReportView';
import { SaveButtons, SaveStatus, useReportSave, useReportTitle } from './save';

const SECTION_LABELS: Record<SessionSection, Parameters<typeof t>[0]> = {
  work: 'report.section.work',
  analysis: 'report.section.analysis',
  trappa: 'report.section.trappa',
  actions: 'report.section.actions',
  notes: 'report.section.notes',
};
const ALL: SessionSections = { work: true, analysis: true, trappa: true, actions: true, notes: true };

/** The sections ticked for a session survive going back to the session page and returning. */
function useSections(id: string): [SessionSections, (key: SessionSection, on: boolean) => void] {
  const key = `omni.summary.sections.${id}`;
  const [sections, setSections] = useState<SessionSections>(() => {
    try {
      return { ...ALL, ...(JSON.parse(sessionStorage.getItem(key) ?? '{}') as Partial<SessionSections>) };
    } catch {
      return ALL;
    }
  });
  const set = (section: SessionSection, on: boolean) =>
    setSections((current) => {
      const next = { ...current, [section]: on };
      sessionStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  return [sections, set];
}

export function SummaryPage({ id }: { id: string }) {
  const session = useApi('sessions.get', { id });
  const [sections, setSection] = useSections(id);
  const report = useApi('reports.session', { id, sections });
  const guide = useApi('guide.get', {});
  const [editingGuide, setEditingGuide] = useState(false);
  // Keep showing the last preview while a changed choice loads.
  const [shown, setShown] = useState<ReportDocument | null>(null);
  if (report.data && report.data.document !== shown) setShown(report.data.document);
  useReportTitle(shown?.title);
  const save = useReportSave(report.data, async () => {
    const f = await send('reports.sessionXlsx', { id, sections });
    downloadBase64(f.fileName, f.dataBase64, MIME.xlsx);
    return f.fileName;
  });

  if (session.error) return <ErrorNotice error={session.error} />;
  const s = session.data;
  if (!s) return <p className="empty">{t('app.loading')}</p>;

  const g = guide.data;
  const ready = Boolean(report.data) && !report.isFetching;
  return (
    <>
      <div className="no-print">
        <nav className="crumbs" aria-label={t('common.crumbs')}>
          <a href={href({ name: 'session', id })}>← {s.title}</a>
        </nav>
        <div className="page-head page-head--tight">
          <div>
            <h1 className="page-title">{t('report.page.title')}</h1>
            <p className="page-lead">
              <span className="date-chip date-chip--large">{formatDate(s.date)}</span> {s.title}
            </p>
          </div>
          <SaveButtons save={save} ready={ready} />
        </div>
        <p className="page-lead summary-lead">{t('report.page.lead')}</p>
        <SaveStatus save={save} loadError={report.error} />

        <div className="summary-controls">
          <fieldset className="panel summary-sections">
            <legend className="panel__title">{t('report.page.sections')}</legend>
            <div className="check-grid">
              {SESSION_SECTIONS.map((key) => (
                <label key={key} className="check-chip">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={sections[key]}
                    onChange={(e) => setSection(key, e.target.checked)}
                  />
                  <span>{t(SECTION_LABELS[key])}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <section className="panel summary-guide" aria-labelledby="summary-guide">
            <h2 id="summary-guide" className="panel__title">
              {t('report.guide.title')}
            </h2>
            {g && (g.name || g.title || g.contact) ? (
              <p>{[g.name, g.title, g.contact].filter(Boolean).join(' · ')}</p>
            ) : (
              g && <p className="empty">{t('report.guide.missing')}</p>
            )}
            <div className="actions actions--start">
              <button type="button" className="button" onClick={() => setEditingGuide(true)}>
                {t('report.guide.edit')}
              </button>
            </div>
          </section>
        </div>
        <h2 className="panel__title panel__title--spaced">{t('report.page.preview')}</h2>
      </div>
      <div className="report-preview" aria-busy={report.isFetching}>
        {shown ? <ReportView document={shown} /> : <p className="empty">{t('app.loading')}</p>}
      </div>
      {editingGuide && g && <GuideForm initial={g} onClose={() => setEditingGuide(false)} />}
    </>
  );
}

function GuideForm({
  initial,
  onClose,
}: {
  initial: { name: string; title: string; contact: string };
  onClose: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const [title, setTitle] = useState(initial.title);
  const [contact, setContact] = useState(initial.contact);
  const save = useApiMutation('guide.set');
  return (
    <FormDialog
      title={t('report.guide.title')}
      fieldNames={['name', 'title', 'contact']}
      onClose={onClose}
      onSubmit={() => save.mutate({ name, title, contact }, { onSuccess: onClose })}
      busy={save.isPending}
      error={save.error}
    >
      <p className="field__help">{t('report.guide.lead')}</p>
      <TextField
        name="name"
        label={t('report.guide.name')}
        value={name}
        onChange={setName}
        error={fieldError(save.error, 'name')}
        autoFocus
      />
      <TextField
        name="title"
        label={t('report.guide.role')}
        value={title}
        onChange={setTitle}
        error={fieldError(save.error, 'title')}
      />
      <TextField
        name="contact"
        label={t('report.guide.contact')}
        value={contact}
        onChange={setContact}
        error={fieldError(save.error, 'contact')}
      />
    </FormDialog>
  );
}
