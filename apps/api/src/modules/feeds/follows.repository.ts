import { DigestDeliveryEntity } from './digest-delivery.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { FollowEntity } from './follow.entity';

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

  /** Every follow with the digest on: who follows which collectivity (the digest adds addresses and names). */
  async digestFollows(): Promise<{ userId: string; collectivityId: string }[]> {
    const rows: { user_id: string; collectivity_id: string }[] = await this.dataSource.query(
      `SELECT user_id, collectivity_id FROM follow WHERE digest ORDER BY user_id, collectivity_id`,
    );
    return rows.map((r) => ({ userId: r.user_id, collectivityId: r.collectivity_id }));
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
