import { GraphQLRequestError, NetworkError } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';

/** Says plainly what went wrong, with a retry when one makes sense. */
export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail =
    error instanceof NetworkError
      ? t('error.network')
      : error instanceof GraphQLRequestError
        ? t('error.api', { message: error.message })
        : t('error.unexpected', { message: error.message });
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
