import { GraphQLRequestError, NetworkError } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { useApiErrorMessage } from './FormError';

/**
 * Says plainly what went wrong, with a retry when one makes sense: in the reader's language, by the API's error code
 * (the server's own message is English and never shown).
 */
export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const apiMessage = useApiErrorMessage();
  const detail =
    error instanceof NetworkError
      ? t('error.network')
      : error instanceof GraphQLRequestError
        ? t('error.api', { message: apiMessage(error) })
        : t('error.unexpected');
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('error.title')}</p>
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
