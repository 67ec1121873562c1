import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor';
import { CollectivitiesService } from '../collectivities/collectivities.service';
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
    private readonly collectivities: CollectivitiesService,
  ) {}

  private userId(actor: Actor): string {
    if (actor.kind !== 'user' || !actor.id) throw new AccountRequiredError();
    return actor.id;
  }

  async follow(actor: Actor, collectivityId: string, digest: boolean | null): Promise<FollowEntity> {
    const userId = this.userId(actor);
    await this.collectivities.get(collectivityId);
    return this.repository.upsert(userId, collectivityId, digest);
  }

  /** True when the user was following it. */
  async unfollow(actor: Actor, collectivityId: string): Promise<boolean> {
    const userId = this.userId(actor);
    return isUUID(collectivityId) ? this.repository.delete(userId, collectivityId) : false;
  }

  /** The user's follows, by collectivity name. */
  async listFor(userId: string): Promise<FollowEntity[]> {
    const follows = await this.repository.findByUserIds([userId]);
    const byName = await this.collectivities.findByIds(follows.map((f) => f.collectivityId));
    const rank = new Map(byName.map((c, i) => [c.id, i]));
    return follows.sort((a, b) => (rank.get(a.collectivityId) ?? 0) - (rank.get(b.collectivityId) ?? 0));
  }
}
