// A real OpenID Connect provider for the tests (the `oidc-provider` package, certified by the OpenID Foundation),
// run in its own Node process because the package is ESM-only. Started by `startOidcProvider` (oidc-provider.ts).
//
// Environment: OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI, OIDC_TEST_POST_LOGOUT_REDIRECT_URI.
// Prints one line of JSON,
// `{"issuer":"http://127.0.0.1:<port>"}`, once it listens.
//
// Accounts: whatever login is typed at the provider's login form is the account; its e-mail is the login itself,
// verified unless the login starts with "unverified".
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI, OIDC_TEST_POST_LOGOUT_REDIRECT_URI } =
  process.env;

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: OIDC_TEST_CLIENT_ID,
      client_secret: OIDC_TEST_CLIENT_SECRET,
      redirect_uris: [OIDC_TEST_REDIRECT_URI],
      post_logout_redirect_uris: OIDC_TEST_POST_LOGOUT_REDIRECT_URI ? [OIDC_TEST_POST_LOGOUT_REDIRECT_URI] : [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  async findAccount(_ctx, accountId) {
    return {
      accountId,
      async claims() {
        return {
          sub: accountId,
          email: accountId,
          email_verified: !accountId.startsWith('unverified'),
          name: `Agent ${accountId.split('@')[0]}`,
        };
      },
    };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  pkce: { methods: ['S256'], required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['pacte-test-provider-cookie-key'] },
});
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
