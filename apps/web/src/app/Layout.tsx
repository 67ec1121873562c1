import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading } from '../components/ui';
import { DEFAULT_LOCALE, LOCALE_PARAM, useI18n } from '../lib/i18n';
import { AccountMenu } from '../features/account/components/AccountMenu';
import { mayUseDesk, useSession } from '../features/account';
import { LanguageSwitch } from './LanguageSwitch';

/** Skip link, header with navigation and language switch, main content, footer. */
export function Layout() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const shownPath = useRef(location.pathname);
  // After a navigation, start at the top and move focus to the new content, where keyboard and screen reader users
  // expect to be. Compared by path (not "skip the first run"): StrictMode runs the effect twice on load.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  // The language is in the URL (`?lang=en`), so that a copied link opens in it; French, the default, needs none.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const inUrl = params.get(LOCALE_PARAM);
    if (inUrl === locale || (inUrl === null && locale === DEFAULT_LOCALE)) return;
    params.set(LOCALE_PARAM, locale);
    void navigate({ pathname: location.pathname, search: `?${params}`, hash: location.hash }, { replace: true });
  }, [location.pathname, location.search, location.hash, locale, navigate]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        {/* Two rows, as on the State's sites: the brand with the account and the language, then the navigation. */}
        <div className="container header-top">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            {t('app.name')}
          </Link>
          <div className="header-tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <div className="container header-nav">
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/collectivites-engagees">{t('directory.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/recherche">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/elections">{t('nav.elections')}</NavLink>
              </li>
              {mayUseDesk(me) && (
                <li>
                  <NavLink to="/campagne">{t('nav.desk')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {(location.state as { welcome?: boolean } | null)?.welcome && (
          <div className="container">
            <section className="notice welcome" role="status" aria-label={t('welcome.title')}>
              <p>
                <strong>{t('welcome.title')}.</strong> {t('welcome.next')}
              </p>
              <ul>
                <li>
                  <Link to="/recherche">{t('welcome.search')}</Link>
                </li>
                <li>
                  <Link to="/mon-compte">{t('welcome.account')}</Link>
                </li>
              </ul>
            </section>
          </div>
        )}
        <Suspense
          fallback={
            <div className="container page">
              <Loading />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <p>
            <Link to="/donnees-ouvertes">{t('footer.openData')}</Link>
          </p>
          <p>
            {t('footer.licence')} · {t('footer.data')}
          </p>
        </div>
      </footer>
    </>
  );
}
