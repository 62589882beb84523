// Import answers from CSV or XLSX as survey tools export them: a preview
// first (which sheet, how each column is read and how sure the match is, what
// each role word counts as, every rejected cell with its reason), the guide
// changes what is wrong, then imports on their word.
import { useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, type ImportPreviewOut } from '../../../shared/analysis/api';
import { columnLetter, type ColumnChoice, type ImportColumn, type RoleWord } from '../../../shared/analysis/importer';
import { ROLES, roleName, type Role, type StatementSetContent } from '../../../shared/analysis/types';
import { formatInteger } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { send } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';

interface Picked {
  fileName: string;
  dataBase64: string;
}

interface Choices {
  sheet?: string;
  mapping?: (ColumnChoice | null)[];
  roleWords?: Record<string, Role | 'none'>;
}

async function readFile(file: File): Promise<Picked> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, dataBase64: btoa(binary) };
}

/** As the importer compares role words (lower case, single spaces, no spaces around "/"). */
const roleKey = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');
const choiceOf = (c: ImportColumn): ColumnChoice =>
  c.kind === 'statement' ? `statement:${c.code}` : c.kind === 'ignored' ? 'ignore' : c.kind;

const needsCheck = (c: ImportColumn) => c.matchedBy === 'similar' || c.matchedBy === 'none';

function matchText(c: ImportColumn): string {
  switch (c.matchedBy) {
    case 'code':
      return t('import.match.code');
    case 'metadata':
      return t('import.match.metadata');
    case 'header':
      return t('import.match.header');
    case 'text':
      return t('import.match.text');
    case 'similar':
      return t('import.match.similar', { percent: formatInteger(Math.round((c.confidence ?? 0) * 100)) });
    case 'guide':
      return t('import.match.guide');
    case 'none':
      return t('import.match.none');
    default:
      return '';
  }
}

export function ImportView({ roundId, set }: { roundId: string; set: StatementSetContent }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [preview, setPreview] = useState<ImportPreviewOut | null>(null);
  const [previewError, setPreviewError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doImport = useApiMutation('rounds.import');

  const load = async (file: Picked, next: Choices) => {
    setBusy(true);
    setPreviewError(null);
    try {
      setPreview(await send('rounds.previewImport', { roundId, ...file, ...next }));
      setChoices(next);
    } catch (err) {
      setPreviewError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setPreviewError(null);
    setDone(null);
    setPicked(null);
    doImport.reset();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (file.size / (1024 * 1024)).toFixed(1).replace('.', ',');
      setPreviewError(
        new Error(t('import.fileTooLarge', { fileName: file.name, size, limit: formatInteger(MAX_IMPORT_MB) })),
      );
      return;
    }
    try {
      const p = await readFile(file);
      setPicked(p);
      await load(p, {});
    } catch (err) {
      setPreviewError(err instanceof Error ? err : new Error(String(err)));
    }
  };

  const setColumn = (index: number, choice: ColumnChoice) => {
    if (!picked || !preview) return;
    const mapping = preview.columns.map((c, i) => (i === index ? choice : (choices.mapping?.[i] ?? null)));
    void load(picked, { ...choices, mapping });
  };
  const setRole = (word: RoleWord, role: Role | 'none') => {
    if (!picked) return;
    void load(picked, { ...choices, roleWords: { ...choices.roleWords, [roleKey(word.word)]: role } });
  };
  const setSheet = (sheet: string) => {
    if (!picked) return;
    void load(picked, { sheet });
  };

  return (
    <div className="import">
      <p className="panel__lead">{t('import.lead')}</p>
      <div className="actions actions--start">
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".csv,.txt,.xlsx"
          className="sr-only"
          onChange={(e) => onFile(e.target.files?.[0])}
        />
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => inputRef.current?.click()}
        >
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
        <section className="panel import__preview" aria-labelledby="preview-title" aria-busy={busy}>
          <PanelHeader id="preview-title" title={t('analysis.import.preview')} />
          {preview.sheets.length > 1 && (
            <label className="field import__sheet">
              <span className="field__label">{t('import.sheet')}</span>
              <select className="input" value={preview.sheet ?? ''} onChange={(e) => setSheet(e.target.value)}>
                {preview.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
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
            <p className="import__summary">
              {t('analysis.import.willImport', {
                respondents: tc('count.respondents', preview.respondentCount),
                columns: preview.columns.filter((c) => c.kind === 'statement').length,
              })}
            </p>
          )}
          {preview.fileErrors.length === 0 && (
            <div className="actions actions--start">
              <button
                type="button"
                className="button button--primary"
                disabled={busy || doImport.isPending || preview.respondentCount === 0}
                onClick={() =>
                  picked &&
                  doImport.mutate(
                    { roundId, ...picked, ...choices },
                    {
                      onSuccess: (r) =>
                        setDone(t('analysis.import.done', { respondents: tc('count.respondents', r.imported) })),
                    },
                  )
                }
              >
                {t('analysis.import.confirm', { respondents: tc('count.respondents', preview.respondentCount) })}
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
          )}
          {preview.roleWords.length > 0 && <RoleWords words={preview.roleWords} onChange={setRole} disabled={busy} />}
          {preview.columns.length > 0 && <Columns preview={preview} set={set} onChange={setColumn} disabled={busy} />}
          {preview.rejected.length > 0 && (
            <>
              <p className="notice">
                {t('analysis.import.rejectedLead', { cells: tc('count.cells', preview.rejected.length) })}
              </p>
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
        </section>
      )}
    </div>
  );
}

function RoleWords({
  words,
  onChange,
  disabled,
}: {
  words: RoleWord[];
  onChange: (word: RoleWord, role: Role | 'none') => void;
  disabled: boolean;
}) {
  return (
    <section className="import__section" aria-labelledby="import-roles-title">
      <h3 id="import-roles-title" className="import__subtitle">
        {t('import.roles.title')}
      </h3>
      <p className="field__help">{t('import.roles.lead')}</p>
      <div className="table-wrap">
        <table className="data-table import__roles">
          <thead>
            <tr>
              <th scope="col">{t('import.roles.word')}</th>
              <th scope="col" className="res-num">
                {t('import.roles.count')}
              </th>
              <th scope="col">{t('import.roles.role')}</th>
              <th scope="col">{t('import.roles.how')}</th>
            </tr>
          </thead>
          <tbody>
            {words.map((w) => (
              <tr key={w.word} className={w.how === 'unknown' || w.how === 'suggested' ? 'import__check' : undefined}>
                <th scope="row">{w.word}</th>
                <td className="res-num">{formatInteger(w.count)}</td>
                <td>
                  <select
                    className="input"
                    aria-label={t('import.roles.role') + ': ' + w.word}
                    value={w.role ?? 'none'}
                    disabled={disabled}
                    onChange={(e) => onChange(w, e.target.value as Role | 'none')}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roleName(r)}
                      </option>
                    ))}
                    <option value="none">{t('import.roles.none')}</option>
                  </select>
                </td>
                <td>{t(`import.roles.how.${w.how}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Columns({
  preview,
  set,
  onChange,
  disabled,
}: {
  preview: ImportPreviewOut;
  set: StatementSetContent;
  onChange: (index: number, choice: ColumnChoice) => void;
  disabled: boolean;
}) {
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 68)} …` : text);
  return (
    <section className="import__section" aria-labelledby="import-columns-title">
      <h3 id="import-columns-title" className="import__subtitle">
        {t('import.columns.title')}
      </h3>
      <p className="field__help">
        {t('import.columns.lead')}{' '}
        {preview.headerRow > 1 && t('import.headerRow', { row: formatInteger(preview.headerRow) })}
      </p>
      <div className="table-wrap">
        <table className="data-table import__columns">
          <thead>
            <tr>
              <th scope="col">{t('import.columns.letter')}</th>
              <th scope="col">{t('import.columns.header')}</th>
              <th scope="col">{t('import.columns.readAs')}</th>
              <th scope="col">{t('import.columns.match')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns
              .map((c, index) => ({ c, index }))
              // Columns to check first (unknown, near matches), then the rest in file order.
              .sort((x, y) => Number(!needsCheck(x.c)) - Number(!needsCheck(y.c)) || x.index - y.index)
              .map(({ c, index }) =>
                c.header === '' ? null : (
                  <tr key={index} className={needsCheck(c) ? 'import__check' : undefined}>
                    <td>{columnLetter(index)}</td>
                    <th scope="row" className="import__header">
                      {c.header}
                    </th>
                    <td>
                      <select
                        className="input"
                        aria-label={`${t('import.columns.readAs')}: ${columnLetter(index)}`}
                        value={c.matchedBy === 'none' ? '' : choiceOf(c)}
                        disabled={disabled}
                        onChange={(e) => e.target.value && onChange(index, e.target.value as ColumnChoice)}
                      >
                        {c.matchedBy === 'none' && (
                          <option value="" disabled>
                            {t('import.choice.pick')}
                          </option>
                        )}
                        <option value="ignore">{t('import.choice.ignore')}</option>
                        <option value="role">{t('import.choice.role')}</option>
                        <option value="unit">{t('import.choice.unit')}</option>
                        {set.statements.map((s) => (
                          <option key={s.code} value={`statement:${s.code}`}>
                            {t('import.choice.statement', { code: s.code, text: short(s.text) })}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{matchText(c)}</td>
                  </tr>
                ),
              )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
