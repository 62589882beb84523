// Saving a report, the same for every report (session summary, plan report):
// «Lagre Word» writes the .docx here, «Lagre PDF» prints the report view (the
// app through Electron, tagged A4; start:web through the browser's print
// dialog), and an optional third format is saved by its own call. The saved
// file is announced politely; errors show in Norwegian.
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { ReportDocument, SavedReport } from '../../../shared/report/document';
import { ClientError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MIME, downloadBase64, downloadBlob } from '../../components/download';

export type SaveKind = 'word' | 'pdf' | 'excel';
const LABELS = { word: 'report.page.word', pdf: 'report.page.pdf', excel: 'report.page.excel' } as const;

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

/** The page title while a report is shown: it is the PDF's title property when the page is printed. */
export function useReportTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

export interface ReportSave {
  kinds: SaveKind[];
  busy: SaveKind | null;
  saved: string | null;
  error: Error | null;
  run(kind: SaveKind): Promise<void>;
}

/**
 * The save state of a report page. `excel`, when given, saves the Excel file
 * (made in the main process) and returns its file name.
 */
export function useReportSave(report: SavedReport | undefined, excel?: () => Promise<string>): ReportSave {
  const [busy, setBusy] = useState<SaveKind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  async function run(kind: SaveKind) {
    if (!report || busy) return;
    setBusy(kind);
    setError(null);
    setSaved(null);
    try {
      if (kind === 'word') {
        await saveWord(report.document, report.fileName);
        setSaved(`${report.fileName}.docx`);
      } else if (kind === 'pdf') {
        if (await savePdf(report.fileName)) setSaved(`${report.fileName}.pdf`);
      } else if (excel) {
        setSaved(await excel());
      }
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(null);
    }
  }
  return { kinds: excel ? ['word', 'pdf', 'excel'] : ['word', 'pdf'], busy, saved, error, run };
}

/**
 * The save buttons, for the page head's actions (named there as a group, `report.page.save`); disabled while the
 * report loads or a file is being saved.
 */
export function SaveButtons({ save, ready }: { save: ReportSave; ready: boolean }) {
  return save.kinds.map((kind) => (
    <button
      key={kind}
      type="button"
      className="button button--primary"
      disabled={!ready || save.busy !== null}
      onClick={() => void save.run(kind)}
    >
      {save.busy === kind ? t('report.page.saving') : t(LABELS[kind])}
    </button>
  ));
}

/** What was saved (announced), or why not; `loadError` is the report's own loading error. */
export function SaveStatus({ save, loadError }: { save: ReportSave; loadError?: Error | null }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {save.saved && <p className="notice notice--ok">{t('report.page.saved', { fileName: save.saved })}</p>}
      </div>
      <ErrorNotice error={save.error ?? loadError} />
    </>
  );
}
