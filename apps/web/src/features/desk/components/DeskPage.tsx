import { Link } from 'react-router';
import { Loading, useDocumentTitle } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { deskAbilities, PendingRoleRequests, useSession } from '../../account';
import { DeclarationQueue } from '../../declarations';
import { ListMatchQueue } from '../../review';
import { ImportScreen } from './ImportScreen';
import { SigningFormEntry } from './SigningFormEntry';

/**
 * /campagne — the campaign desk, for the campaign's moderators and administrators: the role requests of every
 * collectivity they may decide (so the first elected official of a collectivity needs no admin token), the review
 * queue and the import screens. Everyone else is told the desk is not theirs; the API checks every query again.
 */
export default function DeskPage() {
  const { t } = useI18n();
  useDocumentTitle(t('desk.title'));
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  const may = deskAbilities(me);
  if (!may.open) {
    return (
      <div className="container page">
        <h1>{t('desk.title')}</h1>
        <p>{t('desk.forbidden')}</p>
        {!me && (
          <p>
            <Link to={paths.signIn} state={{ from: paths.desk }}>
              {t('auth.signInLink')}
            </Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="container page desk-page">
      <h1>{t('desk.title')}</h1>
      <p>{t('desk.intro')}</p>
      <section className="section" aria-labelledby="desk-roles">
        <h2 id="desk-roles">{t('desk.roles.title')}</h2>
        <PendingRoleRequests />
      </section>
      {may.decideReviews && (
        <section className="section" aria-labelledby="desk-review">
          <h2 id="desk-review">{t('desk.review.title')}</h2>
          <DeclarationQueue />
          <ListMatchQueue />
        </section>
      )}
      {may.runImports && <ImportScreen />}
      {may.enterSigningForms && <SigningFormEntry />}
    </div>
  );
}
