import { Controller, Get, Inject, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth/decorators';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { SameOriginGuard } from '../../../common/web/same-origin.guard';
import { AccountsService } from '../accounts.service';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../session-cookie';
import { OidcClient } from './oidc.client';
import { OidcStateMismatchError } from './oidc.errors';
import { OidcService } from './oidc.service';
import {
  decodePendingLogin,
  encodePendingLogin,
  PENDING_LOGIN_COOKIE,
  pendingLoginCookieOptions,
} from './pending-login';

/**
 * Sign-in through OpenID Connect: the browser goes to /auth/oidc/login, is sent to the provider, comes back to
 * /auth/oidc/callback, and leaves signed in (the same session cookie as a password sign-in) towards PUBLIC_URL;
 * /auth/oidc/logout signs out here and at the provider.
 * Errors answer JSON with a code (`OIDC_DISABLED` 404, `OIDC_STATE_MISMATCH` 400, `OIDC_SIGN_IN_FAILED` 401,
 * `OIDC_EMAIL_REQUIRED` 400, `OIDC_ACCOUNT_CONFLICT` 409).
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly client: OidcClient,
    private readonly service: OidcService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    const { url, pending } = await this.client.start();
    res.cookie(PENDING_LOGIN_COOKIE, encodePendingLogin(pending), this.pendingCookieOptions());
    res.set('Cache-Control', 'no-store');
    res.redirect(302, url.href);
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const pending = decodePendingLogin(req.cookies?.[PENDING_LOGIN_COOKIE]);
    // One use: whatever happens next, this sign-in is over.
    const { maxAge: _maxAge, ...clearOptions } = this.pendingCookieOptions();
    res.clearCookie(PENDING_LOGIN_COOKIE, clearOptions);
    res.set('Cache-Control', 'no-store');
    if (!pending) throw new OidcStateMismatchError();
    const identity = await this.client.finish(new URL(req.originalUrl, 'http://callback').search, pending);
    // Sessions rotate: the session cookie the browser came back with, if any, is closed by this sign-in.
    const { token } = await this.service.signIn(identity, sessionToken(req) ?? null);
    setSessionCookie(res, token, this.config);
    res.redirect(302, this.config.publicUrl);
  }

  /**
   * Signs out here and at the provider: closes this browser's session, then sends it to the provider's end-session
   * endpoint with the session's ID token, which sends it back to OIDC_POST_LOGOUT_REDIRECT_URI (the site's home when
   * the provider offers no such endpoint, or the session did not come from it). Refused from another site.
   */
  @Public()
  @Get('logout')
  @UseGuards(SameOriginGuard)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = sessionToken(req);
    const { oidcIdToken } = token ? await this.accounts.signOut(token) : { oidcIdToken: null };
    clearSessionCookie(res);
    res.set('Cache-Control', 'no-store');
    const atProvider = oidcIdToken ? await this.client.endSessionUrl(oidcIdToken).catch(() => null) : null;
    res.redirect(302, atProvider?.href ?? `${this.config.publicUrl}/`);
  }

  private pendingCookieOptions() {
    return pendingLoginCookieOptions(this.config.session.secureCookie);
  }
}
