import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../../config/config';

export const SESSION_COOKIE = 'pacte_session';

/** The session token the browser sent, if any (cookie-parser types cookies as `any`: anything else is ignored). */
export function sessionToken(req: Request): string | undefined {
  const token: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

/** The session cookie, the same for every way of signing in (password or OpenID Connect). */
export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookie,
    path: '/',
    maxAge: config.session.ttlDays * 86_400_000,
  };
  res.cookie(SESSION_COOKIE, token, options);
}

/** Removes the session cookie from the browser (same name and path as `setSessionCookie`). */
export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
