import { DigestDeliveryEntity } from './digest-delivery.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { FollowEntity } from './follow.entity';

/** A follower who asked for the weekly digest, with the address to send it to. */
export interface DigestSubscription {
  userId: string;
  email: string;
  collectivityId: string;
  collectivityName: string;
}

@Injectable()
export class FollowsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every follow of these users. */
  findByUserIds(userIds: readonly string[]): Promise<FollowEntity[]> {
    return this.dataSource.getRepository(FollowEntity).findBy({ userId: In([...userIds]) });
  }

  /** Creates the follow, or changes its digest choice (null: keep it); returns the row. */
  async upsert(userId: string, collectivityId: string, digest: boolean | null): Promise<FollowEntity> {
    await this.dataSource.query(
      `INSERT INTO follow (user_id, collectivity_id, digest) VALUES ($1, $2, COALESCE($3::boolean, false))
       ON CONFLICT (user_id, collectivity_id) DO UPDATE SET digest = COALESCE($3::boolean, follow.digest)`,
      [userId, collectivityId, digest],
    );
    return this.dataSource.getRepository(FollowEntity).findOneByOrFail({ userId, collectivityId });
  }

  /** True when there was a follow to remove. */
  async delete(userId: string, collectivityId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(FollowEntity).delete({ userId, collectivityId });
    return (result.affected ?? 0) > 0;
  }

  /** Every follow with the digest on, with the follower's address, by follower then collectivity name. */
  async digestSubscriptions(): Promise<DigestSubscription[]> {
    const rows: { user_id: string; email: string; collectivity_id: string; collectivity_name: string }[] =
      await this.dataSource.query(
        `SELECT f.user_id, u.email, f.collectivity_id, c.name AS collectivity_name
           FROM follow f
           JOIN user_account u ON u.id = f.user_id
           JOIN collectivity c ON c.id = f.collectivity_id
          WHERE f.digest
          ORDER BY f.user_id, c.name, c.id`,
      );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      collectivityId: r.collectivity_id,
      collectivityName: r.collectivity_name,
    }));
  }

  /** The end of the last digest sent to each of `userIds` (users who never got one are absent). */
  async lastDigestEnds(userIds: readonly string[]): Promise<Map<string, Date>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; period_end: Date }[] = await this.dataSource.query(
      `SELECT user_id, max(period_end) AS period_end FROM digest_delivery WHERE user_id = ANY($1::uuid[]) GROUP BY user_id`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [r.user_id, new Date(r.period_end)]));
  }

  /** Records that a digest covering (`periodStart`, `periodEnd`] reached the user's mail relay. */
  async recordDigest(userId: string, periodStart: Date, periodEnd: Date): Promise<void> {
    await this.dataSource.getRepository(DigestDeliveryEntity).insert({ userId, periodStart, periodEnd });
  }
}
