import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DataVersionEntity } from './data-version.entity';

/** The current month (YYYY-MM, UTC) by the database's clock, as the history dates its entries: one definition. */
export const CURRENT_MONTH_SQL = `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM')`;

/**
 * The database's data version (see data-version.entity.ts), for the HTTP caches of public reads: an ETag built from
 * it changes after any committed change of public data, in every process at once; reading it is one primary-key row.
 */
@Injectable()
export class DataVersionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<string> {
    const row = await this.dataSource.getRepository(DataVersionEntity).findOneBy({ id: 1 });
    if (!row) throw new Error('data_version has no row: run the migrations');
    return row.version;
  }

  /**
   * The data version and the current month (YYYY-MM, UTC) by the database's clock, in one statement: what a memo of
   * public figures that end at the current month (the national timeline) is valid for.
   */
  async versionAndMonth(): Promise<{ version: string; month: string }> {
    const [row]: { version: string; month: string }[] = await this.dataSource.query(
      `SELECT version::text AS version, ${CURRENT_MONTH_SQL} AS month FROM data_version WHERE id = 1`,
    );
    if (!row) throw new Error('data_version has no row: run the migrations');
    return row;
  }

  /**
   * A weak ETag for a public representation: the data version, and a hash of what else decides the body (the
   * address with its query, the shape of the output). Weak: two bodies with one tag hold the same data, byte for
   * byte or not (a JSON stream's chunking).
   */
  async etag(...variant: string[]): Promise<string> {
    const version = await this.current();
    const hash = createHash('sha256').update(variant.join('\n')).digest('base64url').slice(0, 16);
    return `W/"dv${version}-${hash}"`;
  }
}

/** How long a shared cache may keep a public read before asking again (then a 304 when the data did not change). */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';
/** A signed-in caller's answer is theirs alone, and never kept. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** RFC 9110 If-None-Match: `*`, or a list of entity tags compared weakly. */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  if (value.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return value.split(',').some((tag) => strip(tag) === strip(etag));
}
