// A modal built on <dialog>: focus is trapped by the browser, Esc closes, and
// when it closes the focus goes back to the control that opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A short extra line under the title. */
  lead?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, lead, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // The control that opened the dialog (it had the focus until now).
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a field marked to start with the focus wins.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      // Back to the opener, unless the page already put the focus somewhere on
      // purpose (e.g. the board on the card that just changed).
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected || Boolean(dialog?.contains(now));
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      // Esc is handled here: the browser's own close request would, on a second
      // Esc without a click in between, close the dialog without asking.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {lead && <div className="dialog__lead">{lead}</div>}
      {children}
    </dialog>
  );
}
