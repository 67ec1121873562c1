import { CanActivate, ExecutionContext, Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';

export class CrossSiteRequestError extends DomainError {
  constructor() {
    super('CROSS_SITE_REQUEST', 'This request comes from another site: it is refused', 'FORBIDDEN');
  }
}

/** Methods that change nothing: every other one is state-changing. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Does a browser say that this request comes from another site? What browsers say of a request's origin:
 * `Sec-Fetch-Site` (cross-site or same-site is another site) and `Origin` (it must be the site's own, by PUBLIC_URL
 * or by the Host header). An `Authorization` header changes nothing: a browser sends the session cookie beside
 * whatever header a page adds, so the cookie would still be what authenticates. Clients that send neither header
 * (curl, scripts, the operator's automation) are not browsers, and carry no ambient credential to abuse.
 */
export function isCrossSite(request: Request, publicOrigin: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined || origin === publicOrigin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true; // "null" (a sandboxed frame, a redirect from another site) or garbage
  }
}

/**
 * Refuses, app-wide, every state-changing request (any method but GET, HEAD, OPTIONS) that a browser sends from
 * another site (cross-site request forgery): GraphQL mutations, the evidence upload, sign-out and OpenID Connect
 * routes alike. SameSite=Lax cookies and Apollo's CSRF prevention already keep most such requests out; this does
 * not depend on either. Answers 403 `CROSS_SITE_REQUEST` (in GraphQL's shape on /graphql).
 */
@Injectable()
export class CrossSiteRequestMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Read at each request: without PUBLIC_URL, it is settled once the app listens. */
  private get publicOrigin(): string {
    return new URL(this.config.publicUrl).origin;
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (SAFE_METHODS.has(req.method) || !isCrossSite(req, this.publicOrigin)) return next();
    const error = new CrossSiteRequestError();
    const body = req.originalUrl.startsWith('/graphql')
      ? { errors: [{ message: error.message, extensions: { code: error.code, category: error.category } }] }
      : { statusCode: 403, code: error.code, message: error.message };
    res.status(403).json(body);
  }
}

/**
 * The same check on a route that changes state through GET (signing out at /auth/oidc/logout, which a provider's
 * page cannot reach by a link from another site).
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Read at each request: without PUBLIC_URL, it is settled once the app listens. */
  private get publicOrigin(): string {
    return new URL(this.config.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    if (isCrossSite(context.switchToHttp().getRequest<Request>(), this.publicOrigin)) throw new CrossSiteRequestError();
    return true;
  }
}
