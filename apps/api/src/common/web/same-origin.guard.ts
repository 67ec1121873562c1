import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';

export class CrossSiteRequestError extends DomainError {
  constructor() {
    super('CROSS_SITE_REQUEST', 'This request comes from another site: it is refused', 'FORBIDDEN');
  }
}

/**
 * Refuses a state-changing request that a browser sends from another site with the user's cookie (cross-site
 * request forgery), on routes outside GraphQL (Apollo Server has its own CSRF prevention). SameSite=Lax cookies
 * already keep most such requests out; this checks what browsers say of the request's origin: `Sec-Fetch-Site`
 * (cross-site or same-site is refused) and `Origin` (it must be the site's own, by PUBLIC_URL or by the Host header).
 * Callers with a bearer token and clients that send neither header (curl, scripts) are not concerned.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers.authorization) return true;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw new CrossSiteRequestError();
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (origin === this.publicOrigin) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new CrossSiteRequestError();
    }
    if (host !== request.headers.host) throw new CrossSiteRequestError();
    return true;
  }
}
