import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DigestDeliveryEntity } from './digest-delivery.entity';
import { FollowEntity } from './follow.entity';

/**
 * The personal data the feeds module holds about a user: the collectivities they follow and the digests sent to
 * them. Exported and erased here, inside the caller's transaction (privacy/ orchestrates).
 */
@Injectable()
export class FeedsPersonalData {
  async export(userId: string, manager: EntityManager) {
    return {
      follows: await manager.getRepository(FollowEntity).findBy({ userId }),
      digestsSent: (await manager.getRepository(DigestDeliveryEntity).findBy({ userId })).map((d) => ({
        periodStart: d.periodStart,
        periodEnd: d.periodEnd,
        sentAt: d.sentAt,
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(FollowEntity).delete({ userId });
    await manager.getRepository(DigestDeliveryEntity).delete({ userId });
  }
}
