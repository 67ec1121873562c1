import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The throttler's counters in PostgreSQL (`request_throttle`): one atomic upsert per request, so that concurrent
 * requests, and several processes of the API, count into the same row. A window that has passed starts again at
 * 1; once the count passes the limit the key is blocked for `blockDuration`.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  private sweptAt = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    await this.sweep();
    const rows: { hits: number; expires_in: number; blocked_in: number | null }[] = await this.dataSource.query(
      `WITH next AS (
         INSERT INTO request_throttle AS t (key, hits, expires_at, blocked_until)
         VALUES ($1, 1, now() + $2 * interval '1 millisecond', NULL)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN t.expires_at <= now() THEN 1 ELSE t.hits + 1 END,
           expires_at = CASE WHEN t.expires_at <= now() THEN EXCLUDED.expires_at ELSE t.expires_at END,
           blocked_until = CASE
             WHEN t.blocked_until > now() THEN t.blocked_until
             WHEN (CASE WHEN t.expires_at <= now() THEN 1 ELSE t.hits + 1 END) > $3
               THEN now() + $4 * interval '1 millisecond'
             ELSE NULL END
         RETURNING hits, expires_at, blocked_until
       )
       SELECT hits,
              extract(epoch FROM expires_at - now()) * 1000 AS expires_in,
              extract(epoch FROM blocked_until - now()) * 1000 AS blocked_in
         FROM next`,
      [key, ttl, limit, blockDuration],
    );
    const row = rows[0];
    const blockedIn = row.blocked_in === null ? 0 : Number(row.blocked_in);
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in) / 1000)),
      isBlocked: blockedIn > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockedIn / 1000)),
    };
  }

  /** At most once a minute, removes the counters whose window and block have both passed. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.sweptAt < 60_000) return;
    this.sweptAt = Date.now();
    await this.dataSource.query(
      `DELETE FROM request_throttle WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
