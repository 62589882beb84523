import type { FormEvent, ReactNode } from 'react';
import { t } from '../../shared/i18n';
import { ClientError } from '../api/client';
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

/** A dialog with a form: Enter saves, Esc cancels, errors stay in the dialog. */
export function FormDialog({ title, fieldNames, onClose, onSubmit, busy, error, children, wide }: FormDialogProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      <form onSubmit={submit} noValidate>
        {error && (
          <div className="notice notice--error" role="alert">
            {summary(error, fieldNames)}
          </div>
        )}
        <div className="form-grid">{children}</div>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
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
