import { configProblems, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => configProblems(env).join('\n');

describe('OpenID Connect configuration', () => {
  it('is off without OIDC_ISSUER_URL', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('defaults the redirect URI from PUBLIC_URL and the scopes', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://pacte.example.org/',
      OIDC_ISSUER_URL: 'https://idp.example.org/api/v2',
      OIDC_CLIENT_ID: 'client',
      OIDC_CLIENT_SECRET: 'secret',
    });
    expect(config.oidc).toEqual({
      issuerUrl: 'https://idp.example.org/api/v2',
      clientId: 'client',
      clientSecret: 'secret',
      redirectUri: 'https://pacte.example.org/auth/oidc/callback',
      postLogoutRedirectUri: 'https://pacte.example.org/',
      scopes: 'openid email profile',
      trustEmail: false,
      allowHttp: false,
    });
  });

  it('allows plain HTTP towards a loopback provider only, and needs a client id and the openid scope', () => {
    expect(loadConfig({ OIDC_ISSUER_URL: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'c' }).oidc?.allowHttp).toBe(true);
    const problems = problemsOf({ OIDC_ISSUER_URL: 'http://idp.example.org', OIDC_SCOPES: 'email profile' });
    expect(problems).toMatch(/OIDC_ISSUER_URL must be an https URL/);
    expect(problems).toMatch(/OIDC_CLIENT_ID is required/);
    expect(problems).toMatch(/OIDC_SCOPES must include openid/);
  });
});
