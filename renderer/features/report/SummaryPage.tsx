// The session summary: the guide ticks the sections, sees the preview (the same
// view that is printed to PDF), and saves Word, PDF or Excel, all by keyboard.
import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { SESSION_SECTIONS, type SessionSection, type SessionSections } from '../../../shared/report/session';
import type { ReportDocument } from '../../../shared/report/document';
import { ClientError, send } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { TextField } from '../../components/fields';
import { MIME, downloadBase64, downloadBlob } from '../../components/download';
import { ReportView } from './ReportView';

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

/** Word: written here, charts rasterized on a canvas; the docx code loads only when needed. */
export async function saveWord(doc: ReportDocument, fileName: string): Promise<void> {
  const [{ writeDocx }, { svgToPng }] = await Promise.all([import('./docx'), import('./rasterize')]);
  downloadBlob(`${fileName}.docx`, await writeDocx(doc, svgToPng));
}

/**
 * PDF: the app prints this page through Electron (tagged, A4) and saves it; in
 * the browser (start:web) the browser's own print dialog saves it as PDF, with
 * the file name offered from the page title.
 */
async function savePdf(fileName: string): Promise<boolean> {
  const print = window.omni?.printPdf;
  if (print) {
    const result = await print();
    if (!result.ok) throw new ClientError(result.error);
    downloadBase64(`${fileName}.pdf`, result.value, MIME.pdf);
    return true;
  }
  const title = document.title;
  document.title = fileName;
  window.print();
  document.title = title;
  return false;
}

export function SummaryPage({ id }: { id: string }) {
  const session = useApi('sessions.get', { id });
  const [sections, setSection] = useSections(id);
  const report = useApi('reports.session', { id, sections });
  const guide = useApi('guide.get', {});
  const [editingGuide, setEditingGuide] = useState(false);
  const [busy, setBusy] = useState<null | 'word' | 'pdf' | 'excel'>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  // Keep showing the last preview while a changed choice loads.
  const [shown, setShown] = useState<ReportDocument | null>(null);
  if (report.data && report.data.document !== shown) setShown(report.data.document);
  // The page title is the PDF's title property when the page is printed.
  const title = shown?.title;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  if (session.error) return <ErrorNotice error={session.error} />;
  const s = session.data;
  if (!s) return <p className="empty">{t('app.loading')}</p>;

  async function run(kind: 'word' | 'pdf' | 'excel') {
    const r = report.data;
    if (!r || busy) return;
    setBusy(kind);
    setError(null);
    setSaved(null);
    try {
      if (kind === 'word') {
        await saveWord(r.document, r.fileName);
        setSaved(`${r.fileName}.docx`);
      } else if (kind === 'pdf') {
        if (await savePdf(r.fileName)) setSaved(`${r.fileName}.pdf`);
      } else {
        const f = await send('reports.sessionXlsx', { id, sections });
        downloadBase64(f.fileName, f.dataBase64, MIME.xlsx);
        setSaved(f.fileName);
      }
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(null);
    }
  }

  const g = guide.data;
  const ready = Boolean(report.data) && !report.isFetching;
  return (
    <>
      <div className="no-print">
        <nav className="crumbs" aria-label="Brødsmuler">
          <a href={href({ name: 'session', id })}>← {s.title}</a>
        </nav>
        <div className="page-head page-head--tight">
          <div>
            <h1 className="page-title">{t('report.page.title')}</h1>
            <p className="page-lead">
              <span className="date-chip date-chip--large">{formatDate(s.date)}</span> {s.title}
            </p>
          </div>
          <div className="actions actions--head" role="group" aria-label={t('report.page.save')}>
            <button type="button" className="button button--primary" disabled={!ready || busy !== null} onClick={() => void run('word')}>
              {busy === 'word' ? t('report.page.saving') : t('report.page.word')}
            </button>
            <button type="button" className="button button--primary" disabled={!ready || busy !== null} onClick={() => void run('pdf')}>
              {busy === 'pdf' ? t('report.page.saving') : t('report.page.pdf')}
            </button>
            <button type="button" className="button button--primary" disabled={!ready || busy !== null} onClick={() => void run('excel')}>
              {busy === 'excel' ? t('report.page.saving') : t('report.page.excel')}
            </button>
          </div>
        </div>
        <p className="page-lead summary-lead">{t('report.page.lead')}</p>
        <div role="status" aria-live="polite">
          {saved && <p className="notice notice--ok">{t('report.page.saved', { fileName: saved })}</p>}
        </div>
        <ErrorNotice error={error ?? report.error} />

        <div className="summary-controls">
          <fieldset className="panel summary-sections">
            <legend className="panel__title">{t('report.page.sections')}</legend>
            <div className="check-grid">
              {SESSION_SECTIONS.map((key) => (
                <label key={key} className="check-chip">
                  <input type="checkbox" className="checkbox" checked={sections[key]} onChange={(e) => setSection(key, e.target.checked)} />
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

function GuideForm({ initial, onClose }: { initial: { name: string; title: string; contact: string }; onClose: () => void }) {
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
      <TextField name="name" label={t('report.guide.name')} value={name} onChange={setName} error={fieldError(save.error, 'name')} autoFocus />
      <TextField name="title" label={t('report.guide.role')} value={title} onChange={setTitle} error={fieldError(save.error, 'title')} />
      <TextField name="contact" label={t('report.guide.contact')} value={contact} onChange={setContact} error={fieldError(save.error, 'contact')} />
    </FormDialog>
  );
}
