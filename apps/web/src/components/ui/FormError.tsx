import { errorCode } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { isRuleCode, useRuleMessage } from '../../lib/rules';

/**
 * The message of an API error code in plain words: a rule of the rulebook in the words the forms use
 * (`rule.<CODE>`), another code as `apiError.<CODE>`, else a generic one naming the code.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t, has } = useI18n();
  const ruleMessage = useRuleMessage();
  return (error) => {
    const code = errorCode(error);
    if (isRuleCode(code)) return ruleMessage(code);
    const key = `apiError.${code}`;
    return has(key) ? t(key) : t('apiError.other', { code });
  };
}

/** A form's failure, announced to screen readers. */
export function FormError({ error }: { error: unknown }) {
  const message = useApiErrorMessage();
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {message(error)}
    </p>
  );
}
