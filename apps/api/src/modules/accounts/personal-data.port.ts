import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { RoleGrantEntity } from './role-grant.entity';
import { EmailChangeEntity, PasswordResetEntity, SessionEntity, SignInAttemptEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** A user account as the privacy orchestration needs it: its id and the address sign-in attempts are kept under. */
export interface AccountRef {
  id: string;
  email: string;
}

/**
 * The personal data the accounts module holds about a user (account, roles, sessions, reset links, sign-in
 * attempts): found, exported and erased here, inside the caller's transaction. Used by privacy/, which orchestrates
 * every owning module's port in one transaction.
 */
@Injectable()
export class AccountsPersonalData {
  /** The account by id or e-mail address; NOT_FOUND otherwise. */
  async findUser(idOrEmail: string, manager: EntityManager): Promise<AccountRef> {
    const users = manager.getRepository(UserEntity);
    const user = idOrEmail.includes('@')
      ? await users.findOneBy({ email: idOrEmail.trim().toLowerCase() })
      : await users.findOneBy({ id: idOrEmail });
    if (!user) throw new NotFoundError('User', idOrEmail);
    return { id: user.id, email: user.email };
  }

  async export(ref: AccountRef, manager: EntityManager) {
    const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: ref.id });
    return {
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        createdAt: user.createdAt,
        hasPassword: user.passwordHash !== null,
        oidcIssuer: user.oidcIssuer,
        oidcSubject: user.oidcSubject,
      },
      roles: await manager.getRepository(RoleGrantEntity).findBy({ userId: user.id }),
      sessions: (await manager.getRepository(SessionEntity).findBy({ userId: user.id })).map((s) => ({
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
      })),
      signInAttempts: await manager.getRepository(SignInAttemptEntity).countBy({ email: user.email }),
      emailChanges: (await manager.getRepository(EmailChangeEntity).findBy({ userId: user.id })).map((c) => ({
        newEmail: c.newEmail,
        createdAt: c.createdAt,
        expiresAt: c.expiresAt,
        usedAt: c.usedAt,
      })),
    };
  }

  /** Deletes the account with its sessions, reset links, e-mail changes, sign-in attempts and roles. */
  async erase(ref: AccountRef, manager: EntityManager): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId: ref.id });
    await manager.getRepository(PasswordResetEntity).delete({ userId: ref.id });
    await manager.getRepository(EmailChangeEntity).delete({ userId: ref.id });
    await manager.getRepository(SignInAttemptEntity).delete({ email: ref.email });
    await manager.getRepository(RoleGrantEntity).delete({ userId: ref.id });
    await manager.getRepository(UserEntity).delete({ id: ref.id });
  }
}
