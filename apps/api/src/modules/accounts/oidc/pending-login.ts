import type { CookieOptions } from 'express';

/** The cookie that carries a sign-in from /auth/oidc/login to /auth/oidc/callback: the API keeps no state. */
export const PENDING_LOGIN_COOKIE = 'pacte_oidc';
export const PENDING_LOGIN_TTL_SECONDS = 600;

/** What the callback needs to check the provider's answer: state (CSRF), nonce (ID token replay), PKCE verifier. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** When the sign-in started, in ms since the epoch. */
  startedAt: number;
}

/**
 * httpOnly, so scripts cannot read the PKCE verifier; scoped to /auth/oidc; SameSite=Lax, which browsers send on the
 * provider's top-level redirect back to the callback. Its values are random and only ever compared or sent to the
 * provider, so signing it would add nothing: a forged cookie cannot match a state the provider echoes for another
 * sign-in.
 */
export function pendingLoginCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/auth/oidc', maxAge: PENDING_LOGIN_TTL_SECONDS * 1000 };
}

export function encodePendingLogin(pending: PendingLogin): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

/** Null when missing, malformed or older than the time allowed. */
export function decodePendingLogin(raw: unknown, now = Date.now()): PendingLogin | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 1024) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PendingLogin>;
    const { state, nonce, codeVerifier, startedAt } = value;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string') return null;
    if (typeof startedAt !== 'number' || now - startedAt > PENDING_LOGIN_TTL_SECONDS * 1000 || startedAt > now + 60_000)
      return null;
    return { state, nonce, codeVerifier, startedAt };
  } catch {
    return null;
  }
}
