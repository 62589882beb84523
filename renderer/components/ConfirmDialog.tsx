import { t } from '../../shared/i18n';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: Error | null;
}

/** Asks before something is deleted; "Avbryt" has the focus, so Enter is safe. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel, busy, error }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p className="dialog__body">{body}</p>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus="">
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
