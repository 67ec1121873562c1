import { Controller, Get, Inject, Injectable, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { sessionToken, setSessionCookie } from './session-cookie';
import { hashToken, newToken } from './tokens';

/** How long a printed demo sign-in link stays valid (it also works only once). */
export const ONE_TIME_SIGN_IN_HOURS = 24;

/**
 * One-time sign-in links, for the demo accounts of the embedded demo only (never on a database given by
 * DATABASE_URL): `npm start` prints one per demo account so that a newcomer can try every screen. A link is a
 * single-use token kept hashed beside the password-reset links; opening it signs in with a new session.
 */
@Injectable()
export class OneTimeSignInService {
  constructor(
    private readonly repository: AccountsRepository,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Only the embedded database with its demo has demo accounts to sign in to. */
  get enabled(): boolean {
    return this.config.databaseUrl === null && this.config.loadDemo;
  }

  /** The account with `email`, created without a password (it signs in by link) when missing; its id. */
  async ensureAccount(email: string, displayName: string): Promise<{ id: string; created: boolean }> {
    const existing = await this.repository.findUserByEmail(email);
    if (existing) return { id: existing.id, created: false };
    const user = await this.repository.createUser({ email, displayName, passwordHash: null });
    return { id: user.id, created: true };
  }

  /** A new single-use sign-in link for the user. */
  async link(userId: string): Promise<string> {
    if (!this.enabled) throw new Error('one-time sign-in links exist on the embedded demo only');
    const { token, hash } = newToken();
    await this.repository.insertReset({
      userId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ONE_TIME_SIGN_IN_HOURS * 3_600_000),
    });
    return `${this.config.publicUrl}/auth/demo/${token}`;
  }

  /** Spends the link's token and opens a session; null when the token is unknown, spent or expired. */
  async signIn(token: string, previousToken: string | null): Promise<string | null> {
    if (!this.enabled) return null;
    return this.repository.transaction(async (manager) => {
      const now = new Date();
      const link = await this.repository.findUsableResetForUpdate(hashToken(token), now, manager);
      if (!link) return null;
      await this.repository.spendReset(link.id, now, manager);
      return this.accounts.rotateSession(link.userId, previousToken, manager);
    });
  }
}

/** `GET /auth/demo/{token}`: signs in by a printed demo link, then opens the account page; 404 otherwise. */
@Controller('auth/demo')
export class OneTimeSignInController {
  constructor(
    private readonly links: OneTimeSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':token')
  async signIn(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const session = await this.links.signIn(token, sessionToken(req) ?? null);
    if (!session)
      throw new NotFoundException({ code: 'SIGN_IN_LINK_INVALID', message: 'This link is spent or unknown' });
    setSessionCookie(res, session, this.config);
    res.set('Cache-Control', 'no-store');
    res.redirect(302, '/mon-compte');
  }
}
