import { z } from 'zod';
import { type Env, bool, httpUrl, problem, text } from './env';

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

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain HTTP is allowed towards a loopback issuer only. */
const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && LOOPBACK.has(url.hostname);

export const oidcEnv = {
  OIDC_ISSUER_URL: z
    .url({ error: 'must be a URL' })
    .refine((url) => new URL(url).protocol === 'https:' || isLoopbackHttp(new URL(url)), {
      error: 'must be an https URL (http only on 127.0.0.1 or localhost)',
    })
    .optional(),
  OIDC_CLIENT_ID: text(),
  OIDC_CLIENT_SECRET: text(),
  OIDC_REDIRECT_URI: httpUrl(),
  OIDC_POST_LOGOUT_REDIRECT_URI: httpUrl(),
  OIDC_SCOPES: z
    .string()
    .transform((scopes) => scopes.split(/\s+/).join(' '))
    .refine((scopes) => scopes.split(' ').includes('openid'), { error: 'must include openid' })
    .optional(),
  OIDC_TRUST_EMAIL: bool(),
};

type OidcEnv = z.infer<z.ZodObject<typeof oidcEnv>>;

export function checkOidcEnv(env: Env, ctx: z.RefinementCtx): void {
  if (env.OIDC_ISSUER_URL && !env.OIDC_CLIENT_ID) {
    problem(ctx, 'OIDC_CLIENT_ID', 'is required when OIDC_ISSUER_URL is set');
  }
}

export function toOidcConfig(env: OidcEnv, publicUrl: string): OidcConfig | null {
  if (!env.OIDC_ISSUER_URL) return null;
  return {
    issuerUrl: env.OIDC_ISSUER_URL,
    clientId: env.OIDC_CLIENT_ID ?? '',
    clientSecret: env.OIDC_CLIENT_SECRET ?? null,
    redirectUri: env.OIDC_REDIRECT_URI ?? `${publicUrl}/auth/oidc/callback`,
    postLogoutRedirectUri: env.OIDC_POST_LOGOUT_REDIRECT_URI ?? `${publicUrl}/`,
    scopes: env.OIDC_SCOPES ?? 'openid email profile',
    trustEmail: env.OIDC_TRUST_EMAIL ?? false,
    allowHttp: isLoopbackHttp(new URL(env.OIDC_ISSUER_URL)),
  };
}
