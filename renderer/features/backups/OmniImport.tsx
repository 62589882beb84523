// Import a municipality from a .omni file: pick, (passphrase), preview what
// would be added, choose merge or copy when it is already here, then import.
import { useRef, useState } from 'react';
import type { ImportOutcome, OmniPreview } from '../../../shared/transfer';
import { formatDateTime, formatInteger } from '../../../shared/format';
import { t, type MessageKey } from '../../../shared/i18n';
import { send } from '../../api/client';
import { readFileBase64 } from '../../api/files';
import { useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';

export const SHOWN_TABLES = [
  'units',
  'sessions',
  'checklist_status',
  'rounds',
  'respondents',
  'boards',
  'cards',
  'actions',
] as const;

export function OutcomeTable({ outcome, showKept }: { outcome: ImportOutcome; showKept: boolean }) {
  return (
    <table className="backups-table backups-table--compact">
      <thead>
        <tr>
          <th scope="col">{t('omni.table.what')}</th>
          <th scope="col" className="num">
            {t('omni.table.added')}
          </th>
          {showKept && (
            <th scope="col" className="num">
              {t('omni.table.kept')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {SHOWN_TABLES.map((table) => (
          <tr key={table}>
            <th scope="row">{t(`omni.table.${table}` as MessageKey)}</th>
            <td className="num">{formatInteger(outcome.added[table] ?? 0)}</td>
            {showKept && <td className="num">{formatInteger(outcome.kept[table] ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OmniImport() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<OmniPreview | null>(null);
  const [mode, setMode] = useState<'new' | 'copy' | 'merge'>('new');
  const [error, setError] = useState<Error | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const doImport = useApiMutation('omni.import');

  const showPreview = async (file = picked, wanted?: 'copy' | 'merge') => {
    if (!file) return;
    setError(null);
    setDone(null);
    try {
      const p = await send('omni.preview', {
        dataBase64: file.dataBase64,
        passphrase: passphrase || undefined,
        mode: wanted,
      });
      setPreview(p);
      setMode(p.outcome.mode);
    } catch (err) {
      setPreview(null);
      setError(err as Error);
    }
  };

  return (
    <section className="panel" aria-labelledby="omni-import-title">
      <PanelHeader id="omni-import-title" title={t('omni.title')} />
      <p>{t('omni.lead')}</p>
      <div className="omni-import__row">
        <input
          ref={inputRef}
          type="file"
          accept=".omni,application/json"
          className="sr-only"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const read = await readFileBase64(file);
            setPicked(read);
            await showPreview(read);
          }}
        />
        <button type="button" className="button button--large" onClick={() => inputRef.current?.click()}>
          {picked ? picked.fileName : t('omni.pick')}
        </button>
        <div className="field">
          <label htmlFor="omni-import-passphrase" className="field__label">
            {t('omni.passphrase')}
          </label>
          <input
            id="omni-import-passphrase"
            type="password"
            className="input"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="off"
            aria-describedby="omni-import-passphrase-help"
          />
          <p id="omni-import-passphrase-help" className="field__help">
            {t('omni.passphraseImportHelp')}
          </p>
        </div>
        {picked && (
          <button type="button" className="button" onClick={() => showPreview()}>
            {t('omni.preview')}
          </button>
        )}
      </div>
      <ErrorNotice error={error ?? doImport.error} />

      {preview && picked && !done && (
        <div className="omni-preview">
          <h3 className="omni-preview__title">{t('omni.previewTitle', { file: picked.fileName })}</h3>
          <p>{t('omni.exportedAt', { date: formatDateTime(preview.createdAt) })}</p>
          {preview.existing && (
            <fieldset className="omni-mode">
              <legend>{t('omni.existing', { name: preview.existing.name })}</legend>
              {(['merge', 'copy'] as const).map((m) => (
                <label key={m} className="omni-mode__option">
                  <input
                    type="radio"
                    name="omni-mode"
                    value={m}
                    checked={mode === m}
                    onChange={() => void showPreview(picked, m)}
                  />
                  {m === 'merge' ? t('omni.mode.merge', { name: preview.existing!.name }) : t('omni.mode.copy')}
                </label>
              ))}
            </fieldset>
          )}
          <OutcomeTable outcome={preview.outcome} showKept={mode === 'merge'} />
          {mode === 'merge' && Object.values(preview.outcome.added).every((n) => n === 0) && (
            <p className="notice">{t('omni.nothingNew')}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button--primary button--large"
              disabled={doImport.isPending}
              onClick={() =>
                doImport.mutate(
                  { dataBase64: picked.dataBase64, passphrase: passphrase || undefined, mode },
                  {
                    onSuccess: (r) => {
                      setDone(r);
                      setPreview(null);
                    },
                  },
                )
              }
            >
              {mode === 'new' ? t('omni.mode.new') : t('omni.import')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p className="notice notice--ok" role="status">
          {t('omni.imported', { name: done.name })}{' '}
          <a href={href({ name: 'municipality', id: done.municipalityId })}>{t('omni.openImported')}</a>
        </p>
      )}
    </section>
  );
}
