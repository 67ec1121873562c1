import { DataSource } from 'typeorm';
import { systemActor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { RoleGrantEntity } from '../accounts/role-grant.entity';
import { PasswordResetEntity, SessionEntity, SignInAttemptEntity } from '../accounts/session.entity';
import { UserEntity } from '../accounts/user.entity';
import { SignatoryEntity } from '../elections/signatory.entity';
import { DigestDeliveryEntity } from '../feeds/digest-delivery.entity';
import { FollowEntity } from '../feeds/follow.entity';
import { HistoryRepository } from '../history/history.repository';
import { HistoryService } from '../history/history.service';

/** What an erased signatory's name becomes. */
export const ERASED = '[effacé]';

export type PersonRef = { user: string } | { signatory: string };

/**
 * Export and erasure of a person's data on request (GDPR articles 15 and 17), for administrators, from the command
 * line. The history holds no plain personal data of either kind of person — users appear by id only, signatories
 * without their names, phone or e-mail — so erasing touches live rows only and the hash chain stays verifiable.
 */
export class PrivacyService {
  private readonly history: HistoryService;

  constructor(private readonly dataSource: DataSource) {
    this.history = new HistoryService(new HistoryRepository(dataSource));
  }

  /** Everything the platform holds about the person, as plain JSON. */
  async export(ref: PersonRef): Promise<Record<string, unknown>> {
    if ('user' in ref) {
      const user = await this.findUser(ref.user);
      const m = this.dataSource.manager;
      return {
        kind: 'user',
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          createdAt: user.createdAt,
          hasPassword: user.passwordHash !== null,
          oidcIssuer: user.oidcIssuer,
          oidcSubject: user.oidcSubject,
        },
        roles: await m.getRepository(RoleGrantEntity).findBy({ userId: user.id }),
        follows: await m.getRepository(FollowEntity).findBy({ userId: user.id }),
        digestsSent: (await m.getRepository(DigestDeliveryEntity).findBy({ userId: user.id })).map((d) => ({
          periodStart: d.periodStart,
          periodEnd: d.periodEnd,
          sentAt: d.sentAt,
        })),
        sessions: (await m.getRepository(SessionEntity).findBy({ userId: user.id })).map((s) => ({
          createdAt: s.createdAt,
          expiresAt: s.expiresAt,
          revokedAt: s.revokedAt,
        })),
        signInAttempts: await m.getRepository(SignInAttemptEntity).countBy({ email: user.email }),
      };
    }
    const signatory = await this.dataSource.getRepository(SignatoryEntity).findOneBy({ id: ref.signatory });
    if (!signatory) throw new NotFoundError('Signatory', ref.signatory);
    return { kind: 'signatory', signatory };
  }

  /**
   * Erases the person. A user account is deleted with its sessions, reset links, sign-in attempts, roles, follows and digests sent
   * (assessments they signed stay, attributed to their association); a signatory keeps the public facts of the
   * signature (list, scope, commune, date) and loses name, phone, e-mail, website and place. One history entry
   * says that an erasure happened, and nothing else.
   */
  erase(ref: PersonRef): Promise<void> {
    const actor = systemActor('personal data erasure');
    return this.dataSource.transaction(async (manager) => {
      if ('user' in ref) {
        const user = await this.findUser(ref.user);
        await manager.getRepository(SessionEntity).delete({ userId: user.id });
        await manager.getRepository(PasswordResetEntity).delete({ userId: user.id });
        await manager.getRepository(SignInAttemptEntity).delete({ email: user.email });
        await manager.getRepository(RoleGrantEntity).delete({ userId: user.id });
        await manager.getRepository(FollowEntity).delete({ userId: user.id });
        await manager.getRepository(DigestDeliveryEntity).delete({ userId: user.id });
        await manager.getRepository(UserEntity).delete({ id: user.id });
        await this.history.record(manager, actor, {
          name: 'UserErased',
          collectivityId: null,
          entityId: user.id,
          payload: { before: null, after: null },
        });
        return;
      }
      const signatories = manager.getRepository(SignatoryEntity);
      const signatory = await signatories.findOne({ where: { id: ref.signatory }, relations: { candidateList: true } });
      if (!signatory) throw new NotFoundError('Signatory', ref.signatory);
      await signatories.update(
        { id: signatory.id },
        { firstName: ERASED, lastName: ERASED, phone: null, email: null, website: null, signedPlace: null },
      );
      await this.history.record(manager, actor, {
        name: 'SignatoryErased',
        collectivityId: signatory.candidateList.collectivityId,
        entityId: signatory.id,
        payload: { before: null, after: null },
      });
    });
  }

  private async findUser(idOrEmail: string): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = idOrEmail.includes('@')
      ? await users.findOneBy({ email: idOrEmail.trim().toLowerCase() })
      : await users.findOneBy({ id: idOrEmail });
    if (!user) throw new NotFoundError('User', idOrEmail);
    return user;
  }
}
