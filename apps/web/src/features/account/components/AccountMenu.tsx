import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignOutDocument } from '../../../generated/graphql';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { leaveTo } from '../../../lib/navigation';
import { paths } from '../../../lib/routes';
import { useSession } from '../hooks/useSession';

/** In the header: who is signed in and "sign out", or a link to sign in. */
export function AccountMenu() {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const runSignOut = useMutation(SignOutDocument);
  if (me === undefined) return <div className="account-menu" />;
  if (!me) {
    return (
      <div className="account-menu">
        <Link to="/connexion" state={{ from: location.pathname + location.search }} className="account-link">
          {t('auth.signInLink')}
        </Link>
      </div>
    );
  }
  async function signOut() {
    if (me?.signedInWithProvider) {
      // Signed in through OpenID Connect: the API closes the session and sends the browser to sign out there too.
      leaveTo(paths.oidcLogout);
      return;
    }
    setPending(true);
    try {
      await runSignOut({});
    } finally {
      setPending(false);
      void navigate(location.pathname + location.search, { replace: true });
    }
  }
  return (
    <div className="account-menu">
      <Link to={paths.account} className="account-name account-link" data-testid="account-name">
        {t('auth.signedInAs', { name: me.displayName })}
      </Link>
      <button type="button" className="button button-secondary" onClick={() => void signOut()} disabled={pending}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
