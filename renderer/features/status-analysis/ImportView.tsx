// Import answers from CSV or XLSX: a preview first (what will be imported,
// every rejected cell with its reason), then the import on the guide's word.
import { useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/analysis/importer';
import { t, tc } from '../../../shared/i18n';
import { send } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';

interface Picked {
  fileName: string;
  dataBase64: string;
}

async function readFile(file: File): Promise<Picked> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, dataBase64: btoa(binary) };
}

export function ImportView({ roundId }: { roundId: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewError, setPreviewError] = useState<Error | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doImport = useApiMutation('rounds.import');

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setPreviewError(null);
    setDone(null);
    doImport.reset();
    if (!file) return;
    try {
      const p = await readFile(file);
      setPicked(p);
      setPreview(await send('rounds.previewImport', { roundId, ...p }));
    } catch (err) {
      setPreviewError(err instanceof Error ? err : new Error(String(err)));
    }
  };

  return (
    <div className="import">
      <p className="panel__lead">{t('analysis.import.lead')}</p>
      <div className="actions actions--start">
        <input ref={inputRef} id="import-file" type="file" accept=".csv,.txt,.xlsx" className="sr-only" onChange={(e) => onFile(e.target.files?.[0])} />
        <button type="button" className="button button--primary button--large" onClick={() => inputRef.current?.click()}>
          {t('analysis.import.choose')}
        </button>
        {picked && <span className="import__file">{picked.fileName}</span>}
      </div>
      <ErrorNotice error={previewError ?? doImport.error} />
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {preview && !done && (
        <section className="panel import__preview" aria-labelledby="preview-title">
          <h2 id="preview-title" className="panel__title">
            {t('analysis.import.preview')}
          </h2>
          {preview.fileErrors.length > 0 ? (
            <div className="notice notice--error" role="alert">
              <strong>{t('analysis.import.cannot')}</strong>
              <ul className="import__errors">
                {preview.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <p className="import__summary">
                {t('analysis.import.willImport', { respondents: tc('count.respondents', preview.respondents.length), columns: preview.columns.filter((c) => c.kind === 'statement').length })}
              </p>
              {preview.rejected.length > 0 && (
                <>
                  <p className="notice">{t('analysis.import.rejectedLead', { count: preview.rejected.length })}</p>
                  <div className="table-wrap">
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">{t('analysis.import.row')}</th>
                          <th scope="col">{t('analysis.import.column')}</th>
                          <th scope="col">{t('analysis.import.value')}</th>
                          <th scope="col">{t('analysis.import.reason')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {preview.rejected.slice(0, 200).map((r) => (
                          <tr key={`${r.row}:${r.column}`}>
                            <td>{r.row}</td>
                            <td>{r.column}</td>
                            <td>{r.value}</td>
                            <td>{r.reason}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
              <div className="actions actions--start">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={doImport.isPending || preview.respondents.length === 0}
                  onClick={() =>
                    picked &&
                    doImport.mutate({ roundId, ...picked }, { onSuccess: (r) => setDone(t('analysis.import.done', { respondents: tc('count.respondents', r.imported) })) })
                  }
                >
                  {t('analysis.import.confirm', { respondents: tc('count.respondents', preview.respondents.length) })}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setPreview(null);
                    setPicked(null);
                    if (inputRef.current) inputRef.current.value = '';
                  }}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
