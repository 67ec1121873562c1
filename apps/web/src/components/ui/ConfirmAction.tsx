import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

/**
 * A decision that asks to be confirmed: the button opens, in place, the question (what exactly will happen) with
 * "Confirm" and "Cancel"; focus moves to "Confirm", and back to the button on "Cancel". `children` (a reason field…)
 * shows inside the confirmation. `onConfirm` runs only from "Confirm"; `canConfirm` false keeps it from running.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
  canConfirm = true,
  secondary = false,
  children,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => Promise<boolean | void> | boolean | void;
  pending?: boolean;
  canConfirm?: boolean;
  secondary?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) confirm.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className={secondary ? 'button button-secondary' : 'button'}
        aria-label={accessibleLabel}
        aria-disabled={pending}
        onClick={() => !pending && setOpen(true)}
      >
        {label}
      </button>
    );
  }
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="confirm-action" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm-question">
        {question}
      </p>
      {children}
      <div className="form-actions">
        <button
          ref={confirm}
          type="button"
          className="button"
          aria-disabled={pending || !canConfirm}
          onClick={async () => {
            if (pending || !canConfirm) return;
            const result = await onConfirm();
            if (result !== false) setOpen(false);
          }}
        >
          {confirmLabel ?? t('confirm.yes')}
        </button>
        <button type="button" className="button button-secondary" onClick={close}>
          {t('confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
