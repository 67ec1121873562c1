import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmEmailChangeDocument } from '../../../generated/graphql';
import { FormError, useDocumentTitle, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { isResetToken } from '../utils/validation';

/**
 * /confirmer-adresse?token=… — the page of the link sent to a new e-mail address (requestEmailChange). Opening it
 * changes nothing by itself (a mail filter that follows links must not confirm): the person presses the button.
 */
export default function ConfirmEmailPage() {
  const { t } = useI18n();
  useDocumentTitle(t('account.email.confirmTitle'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const { pending, error, done, submit } = useSubmit();
  const run = useMutation(ConfirmEmailChangeDocument);
  const [confirmed, setConfirmed] = useState(false);

  async function confirm() {
    if (pending || !isResetToken(token)) return;
    if (await submit(async () => void (await run({ token })))) setConfirmed(true);
  }

  return (
    <div className="container page narrow">
      <h1>{t('account.email.confirmTitle')}</h1>
      {!isResetToken(token) ? (
        <p className="notice notice-error">{t('account.email.invalidLink')}</p>
      ) : confirmed || done ? (
        <div className="notice" role="status" data-testid="email-confirmed">
          <p className="notice-title">{t('account.email.confirmed')}</p>
          <p>
            <Link to={paths.account}>{t('account.title')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('account.email.confirmIntro')}</p>
          <button type="button" className="button" aria-disabled={pending} onClick={() => void confirm()}>
            {t('account.email.confirmSubmit')}
          </button>
          <FormError error={error} />
        </>
      )}
    </div>
  );
}
