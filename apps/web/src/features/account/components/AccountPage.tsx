import { Link, useNavigate } from 'react-router';
import { MyAccountDocument, SignOutEverywhereDocument, type MyAccountQuery } from '../../../generated/graphql';
import {
  DataTable,
  EmptyState,
  ErrorMessage,
  FormError,
  Loading,
  useDocumentTitle,
  useSubmit,
} from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath, paths } from '../../../lib/routes';
import { useSession } from '../hooks/useSession';
import { AccountSettings } from './AccountSettings';
import { AuditorRoleRequest } from './AuditorRoleRequest';
import { FollowButtons } from './FollowButtons';
import { ROLE_LABELS } from '../utils/labels';
import { scopeText } from '../utils/scope';

type Account = NonNullable<MyAccountQuery['me']>;
type Grant = Account['roles'][number];
type Follow = Account['following'][number];

/**
 * /mon-compte — what the signed-in user holds: their roles (asked, held, refused or withdrawn), the collectivities
 * they follow (digest on or off, stop following), signing out on every device; then their name, e-mail address and
 * password, their data as a file, and deleting the account (AccountSettings). Only they can read it.
 */
export default function AccountPage() {
  const { t, locale, formatDate } = useI18n();
  useDocumentTitle(t('account.title'));
  const { me } = useSession();
  const navigate = useNavigate();
  const account = useQuery(MyAccountDocument, {}, { skip: !me, keepPreviousData: true });
  const { pending, error, submit } = useSubmit();
  const runSignOutEverywhere = useMutation(SignOutEverywhereDocument);

  if (me === undefined) return <Loading />;
  if (!me) {
    return (
      <div className="container page">
        <h1>{t('account.title')}</h1>
        <p>
          <Link to={paths.signIn} state={{ from: paths.account }}>
            {t('account.signInFirst')}
          </Link>
        </p>
      </div>
    );
  }
  if (account.error) return <ErrorMessage error={account.error} onRetry={account.refetch} />;
  const data = account.data?.me;
  if (!data) return <Loading />;

  const change = async (run: () => Promise<unknown>) => {
    if (pending) return;
    await submit(async () => void (await run()));
  };
  const signOutEverywhere = async () => {
    if (pending) return;
    if (await submit(async () => void (await runSignOutEverywhere({})))) {
      void navigate(paths.home, { replace: true });
    }
  };
  const where = (g: Grant) =>
    g.collectivity ? (
      <Link to={collectivityPath(g.collectivity.kind, g.collectivity.code)}>{g.collectivity.name}</Link>
    ) : g.auditScope ? (
      scopeText(t, g)
    ) : (
      t('account.scope.platform')
    );

  return (
    <div className="container page account-page">
      <h1>{t('account.title')}</h1>
      <p>{t('account.identity', { name: data.displayName, email: data.email })}</p>

      <section className="section" aria-labelledby="account-roles">
        <h2 id="account-roles">{t('account.roles.title')}</h2>
        {data.roles.length === 0 ? (
          <EmptyState title={t('account.roles.none')}>
            <p>{t('account.roles.howTo')}</p>
          </EmptyState>
        ) : (
          <DataTable<Grant>
            caption={t('account.roles.caption')}
            captionHidden
            rows={data.roles}
            rowKey={(g) => g.id}
            columns={[
              {
                key: 'role',
                header: t('account.roles.role'),
                cell: (g) => ROLE_LABELS[g.role]?.[locale] ?? g.role,
                rowHeader: true,
              },
              { key: 'where', header: t('account.roles.where'), cell: where },
              { key: 'status', header: t('account.roles.status'), cell: (g) => t(`account.status.${g.status}`) },
              {
                key: 'date',
                header: t('account.roles.date'),
                cell: (g) => formatDate(g.decidedAt ?? g.requestedAt),
              },
            ]}
          />
        )}
      </section>

      <AuditorRoleRequest roles={data.roles} />

      <section className="section" aria-labelledby="account-follows">
        <h2 id="account-follows">{t('account.follows.title')}</h2>
        {data.following.length === 0 ? (
          <EmptyState title={t('account.follows.none')}>
            <p>{t('account.follows.howTo')}</p>
          </EmptyState>
        ) : (
          <ul className="account-follows">
            {data.following.map((f: Follow) => (
              <li key={f.collectivity.id} data-testid="account-follow">
                <Link to={collectivityPath(f.collectivity.kind, f.collectivity.code)}>{f.collectivity.name}</Link>{' '}
                <span className="muted">{f.digest ? t('follow.digestOn') : t('follow.digestOff')}</span>
                <FollowButtons
                  collectivityId={f.collectivity.id}
                  digest={f.digest}
                  pending={pending}
                  change={(run) => void change(run)}
                  name={f.collectivity.name}
                >
                  <a href={f.feedUrl}>{t('account.follows.feed')}</a>
                </FollowButtons>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="account-sessions">
        <h2 id="account-sessions">{t('account.sessions.title')}</h2>
        <p>{t('account.sessions.intro')}</p>
        <button type="button" className="button" aria-disabled={pending} onClick={() => void signOutEverywhere()}>
          {t('account.sessions.signOutEverywhere')}
        </button>
      </section>
      <FormError error={error} />
      <AccountSettings displayName={data.displayName} email={data.email} />
    </div>
  );
}
