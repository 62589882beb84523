// «Eksporter kommunen (.omni)»: one file with everything about the
// municipality, optionally protected with a passphrase.
import { useState } from 'react';
import { PASSPHRASE_MIN } from '../../../shared/transfer';
import { t } from '../../../shared/i18n';
import { saveBase64 } from '../../api/files';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';

export function OmniExport({ municipalityId, name }: { municipalityId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const exporter = useApiMutation('omni.export');
  const close = () => {
    exporter.reset();
    setPassphrase('');
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('omni.export')}
      </button>
      {open && (
        <Dialog title={t('omni.exportTitle', { name })} onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              exporter.mutate(
                { municipalityId, passphrase: passphrase || undefined },
                {
                  onSuccess: (file) => {
                    saveBase64(file.fileName, file.dataBase64, 'application/json');
                    close();
                  },
                },
              );
            }}
            noValidate
          >
            <p className="dialog__body omni-export__body">{t('omni.exportBody')}</p>
            <div className="field">
              <label htmlFor="omni-export-passphrase" className="field__label">
                {t('omni.passphrase')} ({t('common.optional')})
              </label>
              <input
                id="omni-export-passphrase"
                type="password"
                className="input"
                value={passphrase}
                minLength={PASSPHRASE_MIN}
                onChange={(e) => setPassphrase(e.target.value)}
                autoComplete="new-password"
                data-autofocus=""
                aria-describedby="omni-export-passphrase-help"
              />
              <p id="omni-export-passphrase-help" className="field__help">
                {t('omni.passphraseHelp')}
              </p>
            </div>
            <ErrorNotice error={exporter.error} />
            <div className="actions">
              <button type="button" className="button" onClick={close}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--primary" disabled={exporter.isPending}>
                {t('omni.exportButton')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
