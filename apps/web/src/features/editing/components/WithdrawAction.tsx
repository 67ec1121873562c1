import { WITHDRAWAL_REASON_MAX } from '@pacte/pact';
import { ConfirmAction, Field, FormError, useFormFields, useSubmit } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { useRuleMessage } from '../../../lib/rules';
import { checkWithdrawForm, type WithdrawForm } from '../utils/validation';

/**
 * "Retirer": asks for the reason and a confirmation in place, then runs `withdraw(reason)`. The record leaves the
 * page; the public history keeps it, with the reason. Nothing is sent without a valid reason.
 */
export function WithdrawAction({
  name,
  question,
  confirmLabel,
  withdraw,
}: {
  /** What is withdrawn, for screen readers ("Retirer la preuve « … »"). */
  name: string;
  question: string;
  confirmLabel: string;
  withdraw(reason: string): Promise<void>;
}) {
  const { t } = useI18n();
  const form = useFormFields<WithdrawForm, ReturnType<typeof checkWithdrawForm>>(
    { reason: '' },
    checkWithdrawForm,
    useRuleMessage(),
  );
  const { pending, error, submit } = useSubmit();
  return (
    <ConfirmAction
      secondary
      label={t('edit.withdraw')}
      accessibleLabel={name}
      question={question}
      confirmLabel={confirmLabel}
      pending={pending}
      onConfirm={async () => {
        if (!form.validate()) return false;
        return submit(() => withdraw(form.values.reason.trim()));
      }}
    >
      <Field label={t('edit.withdraw.reason')} hint={t('edit.withdraw.reasonHint')} error={form.error('reason')}>
        <textarea
          rows={2}
          maxLength={WITHDRAWAL_REASON_MAX}
          value={form.values.reason}
          onChange={(e) => form.set('reason', e.target.value)}
          required
        />
      </Field>
      <FormError error={error} />
    </ConfirmAction>
  );
}
