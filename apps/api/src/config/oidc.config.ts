import { parseBool } from './parse';

/** Sign-in through OpenID Connect (ProConnect, or any compliant provider); null when OIDC_ISSUER_URL is unset. */
export interface OidcConfig {
  /** The issuer identifier; discovery reads `<issuerUrl>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  /** Null: a public client, authenticated by PKCE alone (token endpoint auth method `none`). */
  clientSecret: string | null;
  /** Registered with the provider; default `<PUBLIC_URL>/auth/oidc/callback`. */
  redirectUri: string;
  /** Where the provider sends the browser back after signing out there; registered with it; default `<PUBLIC_URL>/`. */
  postLogoutRedirectUri: string;
  /** Space-separated, must include `openid`. */
  scopes: string;
  /**
   * Treat the provider's `email` as verified even without `email_verified: true` (for providers such as ProConnect
   * that vouch for the address without sending the claim). Off by default.
   */
  trustEmail: boolean;
  /** Plain HTTP towards the provider: only ever allowed for a loopback issuer (local development and tests). */
  allowHttp: boolean;
}

type Env = Record<string, string | undefined>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function loadOidcConfig(env: Env, publicUrl: string, problems: string[]): OidcConfig | null {
  const issuerUrl = env.OIDC_ISSUER_URL?.trim() || null;
  if (!issuerUrl) return null;
  let allowHttp = false;
  try {
    const parsed = new URL(issuerUrl);
    allowHttp = parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
    if (parsed.protocol !== 'https:' && !allowHttp) {
      problems.push('OIDC_ISSUER_URL must be an https URL (http only on 127.0.0.1 or localhost)');
    }
  } catch {
    problems.push(`OIDC_ISSUER_URL must be a URL, got "${issuerUrl}"`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim() || '';
  if (!clientId) problems.push('OIDC_CLIENT_ID is required when OIDC_ISSUER_URL is set');
  const redirectUri = env.OIDC_REDIRECT_URI?.trim() || `${publicUrl}/auth/oidc/callback`;
  if (!/^https?:\/\//.test(redirectUri)) problems.push('OIDC_REDIRECT_URI must be an http(s) URL');
  const postLogoutRedirectUri = env.OIDC_POST_LOGOUT_REDIRECT_URI?.trim() || `${publicUrl}/`;
  if (!/^https?:\/\//.test(postLogoutRedirectUri))
    problems.push('OIDC_POST_LOGOUT_REDIRECT_URI must be an http(s) URL');
  const scopes = (env.OIDC_SCOPES?.trim() || 'openid email profile').split(/\s+/).join(' ');
  if (!scopes.split(' ').includes('openid')) problems.push('OIDC_SCOPES must include openid');
  return {
    issuerUrl,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || null,
    redirectUri,
    postLogoutRedirectUri,
    scopes,
    trustEmail: parseBool(env, 'OIDC_TRUST_EMAIL', false, problems),
    allowHttp,
  };
}
