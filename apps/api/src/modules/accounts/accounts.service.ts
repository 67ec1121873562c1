import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import {
  EmailTakenError,
  InvalidCredentialsError,
  InvalidEmailChangeTokenError,
  InvalidResetTokenError,
  WrongPasswordError,
} from './accounts.errors';
import { AccountsRepository } from './accounts.repository';
import { emailChangeMail, passwordResetMail } from './account-mails';
import { MailService } from './mail.service';
import { SignInLimiter } from './sign-in-limiter';
import { hashToken, newToken } from './tokens';
import { UserEntity } from './user.entity';

const RESET_TTL_MINUTES = 60;
/** How long the link confirming a new e-mail address stays valid. */
const EMAIL_CHANGE_TTL_HOURS = 24;
/** Reset e-mails sent to one account while its links are valid; further requests are answered the same, unsent. */
export const MAX_RESET_LINKS = 3;
export const ARGON2_OPTIONS = { type: argon2.argon2id } as const;
/**
 * Verified against when the e-mail is unknown, so both paths cost the same time: an argon2id hash of 32 random bytes
 * nobody kept, with the parameters of ARGON2_OPTIONS (m=64 MiB, t=3, p=4; dummy-hash.spec checks they match).
 * A constant rather than hashed at start: hashing took 64 MiB and four threads while the API started (its RSS peaked
 * at ~225 MiB for a moment, 60 MiB above the rest of the start; issue 12).
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$5YXoSePjxnE34C3QNl4Kmg$ZXRXqx4ThW1szQonjk6tkDfz3jsGiPXOAQDe16PnvwM';

@Injectable()
export class AccountsService {
  constructor(
    private readonly repository: AccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly limiter: SignInLimiter,
  ) {}

  /**
   * The e-mail address of each of these accounts (ids that match none are left out): for e-mails a user asked for,
   * such as the weekly digest. Never for a public type.
   */
  async emailsOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.repository.emailsOf(userIds);
    return new Map(users.map((u) => [u.id, u.email]));
  }

  /**
   * Creates the account and signs it in. `previousToken`, the session cookie the browser presented if any, is closed
   * in the same transaction: a sign-in never keeps a session id that existed before it (no session fixation).
   */
  async signUp(
    email: string,
    password: string,
    displayName: string,
    previousToken: string | null = null,
  ): Promise<{ user: UserEntity; token: string }> {
    const normalized = email.trim().toLowerCase();
    const passwordHash = await argon2.hash(password, ARGON2_OPTIONS);
    return this.repository.transaction(async (manager) => {
      if (await this.repository.emailExists(normalized, manager)) throw new EmailTakenError();
      const user = await this.repository.createUser(
        { email: normalized, displayName: displayName.trim(), passwordHash },
        manager,
      );
      const token = await this.rotateSession(user.id, previousToken, manager);
      return { user, token };
    });
  }

  /**
   * Checks the password, within the limits of `SignInLimiter` (per client `address` and per account), and opens a
   * new session, closing the one the browser presented (`previousToken`).
   */
  async signIn(
    email: string,
    password: string,
    address: string,
    previousToken: string | null = null,
  ): Promise<{ user: UserEntity; token: string }> {
    const normalized = email.trim().toLowerCase();
    const attempt = await this.limiter.reserve(normalized, address);
    const user = await this.repository.findUserByEmail(normalized);
    const ok = await argon2.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !user.passwordHash || !ok) throw new InvalidCredentialsError();
    await this.limiter.succeeded(attempt);
    const token = await this.repository.transaction((manager) => this.rotateSession(user.id, previousToken, manager));
    return { user, token };
  }

  /** Closes the session of `previousToken` (whoever it belonged to) and opens a new one for the user. */
  async rotateSession(
    userId: string,
    previousToken: string | null,
    manager: EntityManager,
    oidcIdToken: string | null = null,
  ): Promise<string> {
    if (previousToken) await this.repository.revokeSessionByToken(hashToken(previousToken), new Date(), manager);
    return this.openSession(userId, manager, oidcIdToken);
  }

  /**
   * Opens a session for the user and returns its token, for the session cookie (`setSessionCookie`). Every way of
   * signing in ends here: password, and OpenID Connect (`OidcService`). Pass the transaction's manager when inside
   * one.
   */
  async openSession(userId: string, manager?: EntityManager, oidcIdToken: string | null = null): Promise<string> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.ttlDays * 86_400_000);
    await this.repository.insertSession({ userId, tokenHash: hash, expiresAt, oidcIdToken }, manager);
    return token;
  }

  /** Was this session opened through OpenID Connect (so that signing out should also happen at the provider)? */
  async sessionUsesProvider(token: string): Promise<boolean> {
    return this.repository.isProviderSession(hashToken(token));
  }

  /** The user behind a session cookie, if the session is open. */
  async userForSession(token: string): Promise<UserEntity | null> {
    const session = await this.repository.findOpenSession(hashToken(token), new Date());
    if (!session) return null;
    return this.repository.findUserById(session.userId);
  }

  /** Closes the session; returns its OpenID Connect ID token, if any, for signing out at the provider. */
  async signOut(token: string): Promise<{ oidcIdToken: string | null }> {
    return this.repository.transaction(async (manager) => {
      const session = await this.repository.findUnrevokedSession(hashToken(token), manager);
      if (!session) return { oidcIdToken: null };
      await this.repository.revokeSession(session.id, new Date(), manager);
      return { oidcIdToken: session.oidcIdToken };
    });
  }

  /** Closes every session of the user, on every device. */
  async signOutEverywhere(userId: string): Promise<number> {
    return this.repository.revokeUserSessions(userId, new Date());
  }

  /**
   * Always succeeds, so that it does not tell whether an account exists; e-mails a one-time link if it does, and if
   * fewer than MAX_RESET_LINKS links of the account are still valid (nobody can flood a mailbox through this form).
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.repository.findUserByEmail(email.trim().toLowerCase());
    if (!user) return;
    // A link is valid RESET_TTL_MINUTES after it is made: the unexpired ones are those sent within that window.
    if ((await this.repository.countValidResets(user.id, new Date())) >= MAX_RESET_LINKS) return;
    const { token, hash } = newToken();
    await this.repository.insertReset({
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
    });
    const link = `${this.config.publicUrl}/reinitialiser-mot-de-passe?token=${token}`;
    await this.mail.send(passwordResetMail(user.email, user.displayName, link, RESET_TTL_MINUTES));
  }

  /** Sets the new password, spends the link, and signs the account out everywhere. */
  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await argon2.hash(password, ARGON2_OPTIONS);
    await this.repository.transaction(async (manager) => {
      const now = new Date();
      const reset = await this.repository.findUsableResetForUpdate(hashToken(token), now, manager);
      if (!reset) throw new InvalidResetTokenError();
      await this.repository.spendReset(reset.id, now, manager);
      await this.repository.setPasswordHash(reset.userId, passwordHash, manager);
      await this.repository.revokeUserSessions(reset.userId, now, manager, { keepIdTokens: true });
    });
  }

  /** The signed-in user's account. */
  private async user(userId: string): Promise<UserEntity> {
    const user = await this.repository.findUserById(userId);
    if (!user) throw new InvalidCredentialsError();
    return user;
  }

  /**
   * Checks the account's password (WRONG_PASSWORD otherwise), through the sign-in limiter so that these forms cannot
   * be used to guess it. An account without a password (OpenID Connect only) has nothing to check.
   */
  async verifyPassword(userId: string, password: string | null | undefined, address: string): Promise<UserEntity> {
    const user = await this.user(userId);
    if (!user.passwordHash) return user;
    const attempt = await this.limiter.reserve(user.email, address);
    if (!password || !(await argon2.verify(user.passwordHash, password))) throw new WrongPasswordError();
    await this.limiter.succeeded(attempt);
    return user;
  }

  /** Changes the name the dashboard shows. */
  async updateDisplayName(userId: string, displayName: string): Promise<UserEntity> {
    await this.repository.setDisplayName(userId, displayName.trim());
    return this.user(userId);
  }

  /**
   * Sends a confirmation link to the new address (valid EMAIL_CHANGE_TTL_HOURS, once); the address changes only when
   * the link is opened. The current password is required when the account has one. An address another account uses
   * is refused (EMAIL_TAKEN); links sent before for the same account stop working.
   */
  async requestEmailChange(
    userId: string,
    newEmail: string,
    currentPassword: string | null | undefined,
    address: string,
  ): Promise<void> {
    const user = await this.verifyPassword(userId, currentPassword, address);
    const normalized = newEmail.trim().toLowerCase();
    if (normalized !== user.email && (await this.repository.emailExists(normalized))) throw new EmailTakenError();
    const { token, hash } = newToken();
    const now = new Date();
    await this.repository.transaction(async (manager) => {
      await this.repository.expireEmailChanges(userId, now, manager);
      await this.repository.insertEmailChange(
        {
          userId,
          newEmail: normalized,
          tokenHash: hash,
          expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TTL_HOURS * 3_600_000),
        },
        manager,
      );
    });
    const link = `${this.config.publicUrl}/confirmer-adresse?token=${token}`;
    await this.mail.send(emailChangeMail(normalized, user.displayName, link, EMAIL_CHANGE_TTL_HOURS));
  }

  /** Applies the change of address the link was sent for, once; INVALID_EMAIL_CHANGE_TOKEN when used or expired. */
  async confirmEmailChange(token: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const now = new Date();
      const change = await this.repository.findUsableEmailChangeForUpdate(hashToken(token), now, manager);
      if (!change) throw new InvalidEmailChangeTokenError();
      const holder = await this.repository.findUserByEmail(change.newEmail, manager);
      if (holder && holder.id !== change.userId) throw new EmailTakenError();
      await this.repository.spendEmailChange(change.id, now, manager);
      await this.repository.setEmail(change.userId, change.newEmail, manager);
    });
  }

  /**
   * Sets a new password after checking the current one (WRONG_PASSWORD), and closes the account's other sessions:
   * the session that made the change stays open.
   */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    address: string,
    currentSession: string | null,
  ): Promise<void> {
    const user = await this.verifyPassword(userId, currentPassword, address);
    if (!user.passwordHash) throw new WrongPasswordError();
    const passwordHash = await argon2.hash(newPassword, ARGON2_OPTIONS);
    await this.repository.transaction(async (manager) => {
      await this.repository.setPasswordHash(userId, passwordHash, manager);
      await this.repository.revokeOtherSessions(
        userId,
        currentSession ? hashToken(currentSession) : null,
        new Date(),
        manager,
      );
    });
  }
}
