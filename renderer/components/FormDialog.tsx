import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../../shared/i18n';
import { type ClientError } from '../api/client';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  /** Fields shown in this form; messages for any other field go in the summary. */
  fieldNames: readonly string[];
  onClose: () => void;
  onSubmit: () => void;
  busy: boolean;
  error: ClientError | null;
  children: ReactNode;
  wide?: boolean;
}

/** What the form's fields hold now (to tell whether anything was typed or picked). */
function snapshot(form: HTMLFormElement | null): string {
  if (!form) return '';
  return JSON.stringify(
    [...form.elements].map((el) => {
      if (el instanceof HTMLInputElement) return el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value;
      return null;
    }),
  );
}

/**
 * A dialog with a form: Enter saves, errors stay in the dialog. Esc or
 * «Avbryt» closes at once when nothing was changed; with changes it asks
 * «Forkaste endringene?» first (the focus is on keeping them).
 */
export function FormDialog({ title, fieldNames, onClose, onSubmit, busy, error, children, wide }: FormDialogProps) {
  const formRef = useRef<HTMLFormElement>(null);
  /** The fields as they were before the guide's first change (data that loads after opening counts as the start). */
  const initial = useRef<string | null>(null);
  const touched = useRef(false);
  const beforeChange = () => {
    if (!touched.current) initial.current = snapshot(formRef.current);
  };
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  const requestClose = () => {
    if (asking) return keepWriting();
    if (touched.current && snapshot(formRef.current) !== initial.current) setAsking(true);
    else onClose();
  };
  const keepWriting = () => {
    setAsking(false);
    formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]):not(.sr-only), textarea, select')?.focus();
  };
  return (
    <Dialog title={title} onClose={requestClose} wide={wide}>
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        onKeyDownCapture={beforeChange}
        onPointerDownCapture={beforeChange}
        onInputCapture={() => (touched.current = true)}
        onChangeCapture={() => (touched.current = true)}
      >
        {error && (
          <div className="notice notice--error" role="alert">
            {summary(error, fieldNames)}
          </div>
        )}
        <div className="form-grid">{children}</div>
        {asking ? (
          <div className="discard" role="alert">
            <p className="discard__title">
              <strong>{t('dialog.discard.title')}</strong> {t('dialog.discard.body')}
            </p>
            <div className="actions">
              <button type="button" className="button button--primary" ref={keepRef} onClick={keepWriting}>
                {t('dialog.discard.keep')}
              </button>
              <button type="button" className="button button--danger" onClick={onClose}>
                {t('dialog.discard.confirm')}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button type="button" className="button" onClick={requestClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('common.save')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}

/** The field's own message, if the API named it. */
export const fieldError = (error: ClientError | null, name: string): string | undefined => error?.fields[name];

function summary(error: ClientError, fieldNames: readonly string[]): string {
  const keys = Object.keys(error.fields);
  if (keys.length === 0) return error.message;
  const elsewhere = keys.filter((k) => !fieldNames.includes(k)).map((k) => error.fields[k]);
  return [t('error.invalidInput'), ...elsewhere].join(' ');
}
