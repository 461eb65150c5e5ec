/**
 * "Reset to original" asks first, in a native modal <dialog>: the browser
 * traps focus inside it, Escape cancels, and focus returns to the opener.
 */
import { useEffect, useId, useRef } from 'react';
import { t } from '../i18n';

export interface ResetDialogProps {
  readonly open: boolean;
  readonly exampleTitle: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ResetDialog({ open, exampleTitle, onConfirm, onCancel }: ResetDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="lml-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('runtime.reset.title')}</h2>
      <p id={bodyId}>{t('runtime.reset.body', { title: exampleTitle })}</p>
      <div className="lml-dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('runtime.reset.cancel')}
        </button>
        <button type="button" className="lml-danger" onClick={onConfirm}>
          {t('runtime.reset.confirm')}
        </button>
      </div>
    </dialog>
  );
}
