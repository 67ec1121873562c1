import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesRepository } from '../collectivities/collectivities.repository';
import { AccountRequiredError } from './feeds.errors';
import { FollowEntity } from './follow.entity';
import { FollowsRepository } from './follows.repository';

/**
 * Who follows which collectivity. A follow is a reader's private preference, not a change to the public record: it
 * is not written to the history (like sessions), and only its owner sees it.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly repository: FollowsRepository,
    private readonly collectivities: CollectivitiesRepository,
  ) {}

  private userId(actor: Actor): string {
    if (actor.kind !== 'user' || !actor.id) throw new AccountRequiredError();
    return actor.id;
  }

  async follow(actor: Actor, collectivityId: string, digest: boolean | null): Promise<FollowEntity> {
    const userId = this.userId(actor);
    if (!(await this.collectivities.findById(collectivityId))) throw new NotFoundError('Collectivity', collectivityId);
    return this.repository.upsert(userId, collectivityId, digest);
  }

  /** True when the user was following it. */
  async unfollow(actor: Actor, collectivityId: string): Promise<boolean> {
    const userId = this.userId(actor);
    return isUUID(collectivityId) ? this.repository.delete(userId, collectivityId) : false;
  }

  listFor(userId: string): Promise<FollowEntity[]> {
    return this.repository.findByUserIds([userId]);
  }
}
