import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, MoreThan, Not } from 'typeorm';
import { EmailChangeEntity, PasswordResetEntity, SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/**
 * The accounts module's tables of accounts, sessions and password-reset links (`user_account`, `user_session`,
 * `password_reset`): the query shapes, nothing else. Every method takes the caller's transaction (`manager`) when it
 * runs inside one. Tokens arrive hashed (`hashToken`): no plain token reaches the database.
 */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  private sessions(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SessionEntity);
  }

  private resets(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PasswordResetEntity);
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // Accounts.

  findUserById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOneBy({ id });
  }

  /** By address, as stored (lower case, trimmed: the caller normalises). */
  findUserByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOneBy({ email });
  }

  emailExists(email: string, manager?: EntityManager): Promise<boolean> {
    return this.users(manager).existsBy({ email });
  }

  createUser(
    user: Pick<UserEntity, 'email' | 'displayName'> &
      Partial<Pick<UserEntity, 'passwordHash' | 'oidcIssuer' | 'oidcSubject'>>,
    manager?: EntityManager,
  ): Promise<UserEntity> {
    const users = this.users(manager);
    return users.save(users.create(user));
  }

  setPasswordHash(userId: string, passwordHash: string, manager?: EntityManager): Promise<unknown> {
    return this.users(manager).update({ id: userId }, { passwordHash });
  }

  /** Id and address of these accounts (ids that match none are left out). */
  emailsOf(userIds: readonly string[]): Promise<Pick<UserEntity, 'id' | 'email'>[]> {
    return this.users().find({ select: { id: true, email: true }, where: { id: In([...userIds]) } });
  }

  /** Id and display name of these accounts (ids that match none are left out). */
  displayNamesOf(userIds: readonly string[]): Promise<Pick<UserEntity, 'id' | 'displayName'>[]> {
    return this.users().find({ select: { id: true, displayName: true }, where: { id: In([...userIds]) } });
  }

  /** The account linked to this identity at an OpenID Connect provider. */
  findUserByIdentity(oidcIssuer: string, oidcSubject: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOneBy({ oidcIssuer, oidcSubject });
  }

  /** By address, locked until the transaction ends. */
  findUserByEmailForUpdate(email: string, manager: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
  }

  async linkIdentity(userId: string, oidcIssuer: string, oidcSubject: string, manager?: EntityManager): Promise<void> {
    await this.users(manager).update({ id: userId }, { oidcIssuer, oidcSubject });
  }

  // Sessions.

  insertSession(
    session: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt' | 'oidcIdToken'>,
    manager?: EntityManager,
  ): Promise<unknown> {
    return this.sessions(manager).insert({ ...session, revokedAt: null });
  }

  /** The session of this token that is neither closed nor expired at `now`. */
  findOpenSession(tokenHash: string, now: Date, manager?: EntityManager): Promise<SessionEntity | null> {
    return this.sessions(manager).findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
  }

  /** The session of this token that was not closed (expired or not). */
  findUnrevokedSession(tokenHash: string, manager?: EntityManager): Promise<SessionEntity | null> {
    return this.sessions(manager).findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** Is the session of this token open through OpenID Connect (it keeps the provider's ID token)? */
  isProviderSession(tokenHash: string, manager?: EntityManager): Promise<boolean> {
    return this.sessions(manager).existsBy({ tokenHash, revokedAt: IsNull(), oidcIdToken: Not(IsNull()) });
  }

  /** Closes the session of this token, if open (and forgets its ID token). */
  async revokeSessionByToken(tokenHash: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions(manager).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: at, oidcIdToken: null });
  }

  async revokeSession(id: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions(manager).update({ id }, { revokedAt: at, oidcIdToken: null });
  }

  /** Closes every open session of the user; how many there were. */
  async revokeUserSessions(
    userId: string,
    at: Date,
    manager?: EntityManager,
    options: { keepIdTokens?: boolean } = {},
  ): Promise<number> {
    const result = await this.sessions(manager).update(
      { userId, revokedAt: IsNull() },
      options.keepIdTokens ? { revokedAt: at } : { revokedAt: at, oidcIdToken: null },
    );
    return result.affected ?? 0;
  }

  // Password-reset (and one-time sign-in) links.

  /** How many links of the account are still valid at `now`. */
  countValidResets(userId: string, now: Date, manager?: EntityManager): Promise<number> {
    return this.resets(manager).countBy({ userId, expiresAt: MoreThan(now) });
  }

  async insertReset(
    reset: Pick<PasswordResetEntity, 'userId' | 'tokenHash' | 'expiresAt'>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.resets(manager).insert({ ...reset, usedAt: null });
  }

  /** The unused, unexpired link of this token, locked until the transaction ends (so it is spent once). */
  findUsableResetForUpdate(tokenHash: string, now: Date, manager: EntityManager): Promise<PasswordResetEntity | null> {
    return this.resets(manager).findOne({
      where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async spendReset(id: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.resets(manager).update({ id }, { usedAt: at });
  }

  // Changes of e-mail address waiting for their confirmation link.

  async setDisplayName(userId: string, displayName: string, manager?: EntityManager): Promise<void> {
    await this.users(manager).update({ id: userId }, { displayName });
  }

  async setEmail(userId: string, email: string, manager?: EntityManager): Promise<void> {
    await this.users(manager).update({ id: userId }, { email });
  }

  private emailChanges(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(EmailChangeEntity);
  }

  /** The account's pending links stop working (a new one replaces them). */
  async expireEmailChanges(userId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.emailChanges(manager).update({ userId, usedAt: IsNull(), expiresAt: MoreThan(at) }, { expiresAt: at });
  }

  async insertEmailChange(
    change: Pick<EmailChangeEntity, 'userId' | 'newEmail' | 'tokenHash' | 'expiresAt'>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.emailChanges(manager).insert({ ...change, usedAt: null });
  }

  /** The unused, unexpired change of this token, locked until the transaction ends (so it is applied once). */
  findUsableEmailChangeForUpdate(
    tokenHash: string,
    now: Date,
    manager: EntityManager,
  ): Promise<EmailChangeEntity | null> {
    return this.emailChanges(manager).findOne({
      where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async spendEmailChange(id: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.emailChanges(manager).update({ id }, { usedAt: at });
  }

  /** Closes the user's open sessions but the one of `keepTokenHash` (the session making a change). */
  async revokeOtherSessions(
    userId: string,
    keepTokenHash: string | null,
    at: Date,
    manager?: EntityManager,
  ): Promise<void> {
    await this.sessions(manager).update(
      { userId, revokedAt: IsNull(), ...(keepTokenHash ? { tokenHash: Not(keepTokenHash) } : {}) },
      { revokedAt: at, oidcIdToken: null },
    );
  }
}
