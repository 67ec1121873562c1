import { createUser } from './support/factories';
import { OidcStandIn, startOidcProvider, TestBrowser } from './support/oidc-provider';
import { createTestApi, TestApi } from './support/test-app';

const PUBLIC_URL = 'http://pacte.test';
const ME = `{ me { id email displayName } }`;

/** The `code` of a REST route's JSON error. */
async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as { code: string }).code;
}

/**
 * Sign-in through OpenID Connect, end to end: a real provider (oidc-provider) in its own process, the real app, and
 * a scripted browser that follows every redirect and fills the provider's login and consent forms. The app is
 * configured as it would be behind a proxy at PUBLIC_URL; the browser maps that address to the test app.
 */
describe('sign-in through OpenID Connect', () => {
  let provider: OidcStandIn;
  let api: TestApi;
  let appUrl: string;
  const client = { clientId: 'pacte-test', clientSecret: 'a-client-secret-for-tests-only' };
  const newBrowser = () => new TestBrowser({ [PUBLIC_URL]: appUrl });
  const arrived = (url: URL) => url.origin === PUBLIC_URL && url.pathname === '/';

  beforeAll(async () => {
    provider = await startOidcProvider({
      ...client,
      redirectUri: `${PUBLIC_URL}/auth/oidc/callback`,
      postLogoutRedirectUri: `${PUBLIC_URL}/`,
    });
    api = await createTestApi({
      PUBLIC_URL,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: client.clientId,
      OIDC_CLIENT_SECRET: client.clientSecret,
    });
    appUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  /** Signs in at the provider as `login`; returns the final response and the session cookie, if any. */
  async function signIn(login: string, browser = newBrowser()) {
    const response = await browser.signIn(`${PUBLIC_URL}/auth/oidc/login`, login, arrived);
    return { response, browser, session: browser.cookie(PUBLIC_URL, 'pacte_session') };
  }

  it('sends the browser to the provider with state, nonce and PKCE, remembered in an httpOnly cookie', async () => {
    const browser = newBrowser();
    const response = await browser.request(`${PUBLIC_URL}/auth/oidc/login`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('client_id')).toBe(client.clientId);
    expect(location.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/auth/oidc/callback`);
    expect(location.searchParams.get('scope')).toBe('openid email profile');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const param of ['state', 'nonce', 'code_challenge']) {
      expect(location.searchParams.get(param)?.length).toBeGreaterThanOrEqual(22);
    }
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pacte_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/auth\/oidc/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toContain(location.searchParams.get('code_challenge')!);
  });

  it('creates the account on first sign-in, signs in with the session cookie, and reuses it the next time', async () => {
    const email = `agent.${Date.now()}@mairie.example.fr`;
    const first = await signIn(email);
    expect(first.response.status).toBe(302);
    expect(first.response.headers.get('location')).toBe(PUBLIC_URL);
    expect(first.session).toBeDefined();
    const setCookie = first.response.headers.getSetCookie().find((c) => c.startsWith('pacte_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(first.browser.cookie(PUBLIC_URL, 'pacte_oidc')).toBeUndefined();

    const me = await api.ok(ME, {}, { cookie: first.session });
    expect(me.me).toMatchObject({ email, displayName: `Agent ${email.split('@')[0]}` });
    const [row] = await api.dataSource.query(
      `SELECT oidc_issuer, oidc_subject, password_hash FROM user_account WHERE id = $1`,
      [me.me.id],
    );
    expect(row).toEqual({ oidc_issuer: provider.issuer, oidc_subject: email, password_hash: null });

    // Another browser, another sign-in: the same account, a new session.
    const second = await signIn(email);
    expect(second.session).toBeDefined();
    expect(second.session).not.toBe(first.session);
    expect((await api.ok(ME, {}, { cookie: second.session })).me.id).toBe(me.me.id);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM user_account WHERE email = $1`, [
      email,
    ]);
    expect(count).toBe(1);
  });

  it('signs out here and at the provider: the session closes, and the provider accepts the ID token it issued', async () => {
    const email = `sortie.${Date.now()}@mairie.example.fr`;
    const { browser, session } = await signIn(email);
    expect((await api.ok(`{ me { signedInWithProvider } }`, {}, { cookie: session })).me).toEqual({
      signedInWithProvider: true,
    });

    const out = await browser.request(`${PUBLIC_URL}/auth/oidc/logout`);
    expect(out.status).toBe(302);
    expect(browser.cookie(PUBLIC_URL, 'pacte_session')).toBeUndefined();
    expect((await api.ok(`{ me { id } }`, {}, { cookie: session })).me).toBeNull();
    const atProvider = new URL(out.headers.get('location')!);
    const metadata = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as {
      end_session_endpoint: string;
    };
    expect(atProvider.origin + atProvider.pathname).toBe(metadata.end_session_endpoint);
    expect(atProvider.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(atProvider.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The provider knows the hint and the return address: it asks the user to confirm signing out there.
    const confirm = await browser.request(atProvider.href);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toMatch(/logout/i);
    // The token is not kept once the session is closed.
    const [{ kept }] = await api.dataSource.query(
      `SELECT count(*)::int AS kept FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE u.email = $1 AND s.oidc_id_token IS NOT NULL`,
      [email],
    );
    expect(kept).toBe(0);
  });

  it('signs a password session out at home only, and refuses a sign-out link followed from another site', async () => {
    const user = await createUser(api, 'Mot de passe');
    expect((await api.ok(`{ me { signedInWithProvider } }`, {}, { cookie: user.cookie })).me).toEqual({
      signedInWithProvider: false,
    });
    const crossSite = await fetch(`${appUrl}/auth/oidc/logout`, {
      redirect: 'manual',
      headers: { cookie: user.cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await api.ok(`{ me { id } }`, {}, { cookie: user.cookie })).me).not.toBeNull();
    const out = await fetch(`${appUrl}/auth/oidc/logout`, { redirect: 'manual', headers: { cookie: user.cookie } });
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${PUBLIC_URL}/`);
    expect((await api.ok(`{ me { id } }`, {}, { cookie: user.cookie })).me).toBeNull();
  });

  it('links an existing account by its e-mail when the provider has verified it', async () => {
    const user = await createUser(api, 'Élue');
    const { session } = await signIn(user.email);
    expect((await api.ok(ME, {}, { cookie: session })).me.id).toBe(user.id);
    // The password still works too.
    const signedIn = await api.gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
      { input: { email: user.email, password: user.password } },
      { token: null },
    );
    expect(signedIn.data?.signIn.id).toBe(user.id);
  });

  it('refuses an e-mail the provider has not verified, and creates nothing', async () => {
    const email = `unverified.${Date.now()}@example.org`;
    const { response, session } = await signIn(email);
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('OIDC_EMAIL_REQUIRED');
    expect(session).toBeUndefined();
    const rows = await api.dataSource.query(`SELECT id FROM user_account WHERE email = $1`, [email]);
    expect(rows).toEqual([]);
  });

  it('reports the provider’s refusal when the user declines, and signs nobody in', async () => {
    const browser = newBrowser();
    const response = await browser.signIn(`${PUBLIC_URL}/auth/oidc/login`, 'declines@example.org', arrived, {
      cancel: true,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'OIDC_SIGN_IN_FAILED', reason: 'access_denied' });
    expect(browser.cookie(PUBLIC_URL, 'pacte_session')).toBeUndefined();
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const browser = newBrowser();
    // Up to the provider's redirect back to the app, without following it.
    const toCallback = await browser.signIn(
      `${PUBLIC_URL}/auth/oidc/login`,
      `agent.state.${Date.now()}@example.org`,
      (url) => url.pathname === '/auth/oidc/callback',
    );
    const callback = new URL(toCallback.headers.get('location')!);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-this-browser-was-given');
    const refused = await browser.request(forged.href);
    expect(refused.status).toBe(400);
    expect(await codeOf(refused)).toBe('OIDC_STATE_MISMATCH');
    expect(browser.cookie(PUBLIC_URL, 'pacte_session')).toBeUndefined();

    // The pending sign-in is spent: even the genuine answer is refused now.
    const replay = await browser.request(callback.href);
    expect(replay.status).toBe(400);
    expect(await codeOf(replay)).toBe('OIDC_STATE_MISMATCH');

    // A browser that never started a sign-in gets nowhere with the provider's answer either.
    const stranger = await newBrowser().request(callback.href);
    expect(stranger.status).toBe(400);
    expect(browser.cookie(PUBLIC_URL, 'pacte_session')).toBeUndefined();
  });
});

describe('sign-in through OpenID Connect, not configured', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('answers 404 OIDC_DISABLED', async () => {
    const url = `http://127.0.0.1:${api.app.getHttpServer().address().port}/auth/oidc/login`;
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await codeOf(response)).toBe('OIDC_DISABLED');
  });
});
