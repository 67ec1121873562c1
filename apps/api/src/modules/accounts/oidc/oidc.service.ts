import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { AccountsRepository } from '../accounts.repository';
import { AccountsService } from '../accounts.service';
import { UserEntity } from '../user.entity';
import type { OidcIdentity } from './oidc.client';
import { OidcAccountConflictError, OidcEmailRequiredError } from './oidc.errors';

/** Turns an identity at the provider into an account of ours, and opens a session. */
@Injectable()
export class OidcService {
  constructor(
    private readonly repository: AccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
  ) {}

  /**
   * The account already linked to (issuer, subject); else the account with the same e-mail, linked now, only if the
   * provider vouches for that address (`email_verified`, or OIDC_TRUST_EMAIL) and the account is not linked to
   * another identity; else a new account without a password. A new account also needs a vouched-for address, so
   * that nobody can take an address they do not own before its owner signs up.
   */
  signIn(
    identity: OidcIdentity,
    previousToken: string | null = null,
  ): Promise<{ user: UserEntity; token: string; created: boolean }> {
    return this.repository.transaction(async (manager) => {
      const link = { oidcIssuer: identity.issuer, oidcSubject: identity.subject };
      let user = await this.repository.findUserByIdentity(identity.issuer, identity.subject, manager);
      let created = false;
      if (!user) {
        const email = identity.email?.trim().toLowerCase() || null;
        if (!email || !(identity.emailVerified || this.config.oidc?.trustEmail)) throw new OidcEmailRequiredError();
        const existing = await this.repository.findUserByEmailForUpdate(email, manager);
        if (existing) {
          if (existing.oidcSubject !== null) throw new OidcAccountConflictError();
          await this.repository.linkIdentity(existing.id, identity.issuer, identity.subject, manager);
          user = { ...existing, ...link };
        } else {
          const displayName = identity.displayName ?? email.split('@')[0];
          user = await this.repository.createUser({ email, displayName, passwordHash: null, ...link }, manager);
          created = true;
        }
      }
      // Sessions rotate: the cookie the browser came back with, if any, is closed with this sign-in.
      const token = await this.accounts.rotateSession(user.id, previousToken, manager, identity.idToken);
      return { user, token, created };
    });
  }
}
