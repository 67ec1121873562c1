import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CatalogueProvider, SoftwareCategory } from '@pacte/pact';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, In } from 'typeorm';
import { type CopyValue, copyClientOf, copyRowsPipelined } from '../../database/copy-rows';
import { CatalogueEntrySource, SoftwareCatalogueEntryEntity } from './software-catalogue-entry.entity';

/** The fields an import or the seed writes; the key is (source, externalId). */
export interface CatalogueRow {
  source: CatalogueEntrySource;
  externalId: string;
  name: string;
  category: SoftwareCategory | null;
  licence: string | null;
  description: string | null;
  website: string | null;
  repository: string | null;
  sillId: number | null;
  comptoirId: number | null;
  similarSillIds: number[];
  providers: CatalogueProvider[];
  declaredUsers: string[];
  aliases: string[];
  replaces: string[];
  actionCodes: string[];
  dereferenced: boolean;
}

export interface UpsertCounts {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Column, SQL cast and reader of each written field, in the order of the INSERT. */
const COLUMNS: [string, string, (r: CatalogueRow) => unknown][] = [
  ['source', 'varchar', (r) => r.source],
  ['external_id', 'text', (r) => r.externalId],
  ['name', 'text', (r) => r.name],
  ['category', 'varchar', (r) => r.category],
  ['licence', 'text', (r) => r.licence],
  ['description', 'text', (r) => r.description],
  ['website', 'text', (r) => r.website],
  ['repository', 'text', (r) => r.repository],
  ['sill_id', 'integer', (r) => r.sillId],
  ['comptoir_id', 'integer', (r) => r.comptoirId],
  ['similar_sill_ids', 'integer[]', (r) => r.similarSillIds],
  ['providers', 'jsonb', (r) => JSON.stringify(r.providers)],
  ['declared_users', 'text[]', (r) => r.declaredUsers],
  ['aliases', 'text[]', (r) => r.aliases],
  ['replaces', 'text[]', (r) => r.replaces],
  ['action_codes', 'text[]', (r) => r.actionCodes],
  ['dereferenced', 'boolean', (r) => r.dereferenced],
];
const KEY = new Set(['source', 'external_id']);
const WRITTEN = COLUMNS.map(([c]) => c).filter((c) => !KEY.has(c));

/** Rows per INSERT statement (17 parameters each, far below PostgreSQL's 65,535). */
export const UPSERT_CHUNK = 200;

@Injectable()
export class SoftwareCatalogueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SoftwareCatalogueEntryEntity);
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<SoftwareCatalogueEntryEntity[]> {
    return this.repo(manager).findBy({ id: In([...ids]) });
  }

  /**
   * For each of these entries, every entry for the same software, itself included: the same name (ignoring case), or
   * the same SILL or Comptoir du Libre id (a SILL entry names its Comptoir record).
   */
  async sameSoftwareAs(entryIds: readonly string[]): Promise<{ entryId: string; sameId: string }[]> {
    const rows: { entry_id: string; same_id: string }[] = await this.dataSource.query(
      `SELECT me.id AS entry_id, same.id AS same_id
         FROM software_catalogue_entry me
         JOIN software_catalogue_entry same
           ON same.id = me.id
           OR lower(same.name) = lower(me.name)
           OR (me.comptoir_id IS NOT NULL AND same.comptoir_id = me.comptoir_id)
           OR (me.sill_id IS NOT NULL AND same.sill_id = me.sill_id)
        WHERE me.id = ANY($1::uuid[])`,
      [[...entryIds]],
    );
    return rows.map((r) => ({ entryId: r.entry_id, sameId: r.same_id }));
  }

  /** Entries whose name or one alias contains `folded` (case-insensitive), seed first, then by name. */
  search(
    query: { text: string | null; category: SoftwareCategory | null; source: CatalogueEntrySource | null },
    limit: number,
    offset: number,
  ): Promise<[SoftwareCatalogueEntryEntity[], number]> {
    const qb = this.repo().createQueryBuilder('e');
    if (query.text) {
      qb.andWhere(
        `(e.name ILIKE :pattern ESCAPE '\\' OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a ILIKE :pattern ESCAPE '\\'))`,
        { pattern: `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (query.category) qb.andWhere('e.category = :category', { category: query.category });
    if (query.source) qb.andWhere('e.source = :source', { source: query.source });
    return qb
      .orderBy(`CASE e.source WHEN 'SEED' THEN 0 ELSE 1 END`)
      .addOrderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  /**
   * Inserts the rows, or updates those whose (source, externalId) exists and that differ; rows already equal are not
   * written at all. Runs in the caller's transaction; `onChunk` is told as rows are written (or, with COPY, handed to
   * the database).
   *
   * On a PostgreSQL server: the table is locked against other writers until the commit (`SHARE ROW EXCLUSIVE`; reads
   * go on), the keys already there are read, the new rows go in with `COPY … FROM STDIN` and the others are copied
   * into a temporary table and compared in one `UPDATE … FROM`. On the embedded PostgreSQL, which has no
   * `COPY … FROM STDIN`, by `INSERT … ON CONFLICT` statements of {@link UPSERT_CHUNK} rows.
   */
  async upsert(
    manager: EntityManager,
    rows: readonly CatalogueRow[],
    onChunk: (done: number, total: number) => void = () => undefined,
  ): Promise<UpsertCounts> {
    const copy = await copyClientOf(manager);
    return copy ? this.copyUpsert(manager, copy, rows, onChunk) : this.statementUpsert(manager, rows, onChunk);
  }

  private async copyUpsert(
    manager: EntityManager,
    copy: PoolClient,
    rows: readonly CatalogueRow[],
    onChunk: (done: number, total: number) => void,
  ): Promise<UpsertCounts> {
    await manager.query('LOCK TABLE software_catalogue_entry IN SHARE ROW EXCLUSIVE MODE');
    const existing: { source: string; external_id: string; id: string }[] = await manager.query(
      `SELECT source, external_id, id FROM software_catalogue_entry WHERE source = ANY($1::text[])`,
      [[...new Set(rows.map((r) => r.source))]],
    );
    const idOf = new Map(existing.map((e) => [`${e.source}|${e.external_id}`, e.id]));
    const known: CopyValue[][] = [];
    // The new rows, made one by one as the COPY asks for them; the others are kept for the comparison.
    function* fresh(): Generator<CopyValue[]> {
      for (const row of rows) {
        const id = idOf.get(`${row.source}|${row.externalId}`);
        const values = [id ?? randomUUID(), ...COLUMNS.map(([, , read]) => copyValue(read(row)))];
        if (id === undefined) yield values;
        else known.push(values);
      }
    }
    const columns = ['id', ...COLUMNS.map(([c]) => c)];
    const inserted = await copyRowsPipelined(copy, 'software_catalogue_entry', columns, fresh(), (sent) =>
      onChunk(sent, rows.length),
    );
    if (inserted > 0) onChunk(inserted, rows.length);
    let updated = 0;
    if (known.length > 0) {
      await manager.query(
        `CREATE TEMPORARY TABLE catalogue_import ON COMMIT DROP AS
           SELECT ${columns.join(', ')} FROM software_catalogue_entry WITH NO DATA`,
      );
      await copyRowsPipelined(copy, 'catalogue_import', columns, known, (sent) =>
        onChunk(inserted + sent, rows.length),
      );
      const [written]: { updated: number }[] = await manager.query(
        `WITH written AS (
           UPDATE software_catalogue_entry t
              SET ${WRITTEN.map((c) => `${c} = i.${c}`).join(', ')}, updated_at = now()
             FROM catalogue_import i
            WHERE t.id = i.id
              AND (${WRITTEN.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${WRITTEN.map((c) => `i.${c}`).join(', ')})
           RETURNING 1)
         SELECT count(*)::int AS updated FROM written`,
      );
      // The temporary table goes at the commit; dropped now, so that a second import in the transaction may make it.
      await manager.query('DROP TABLE catalogue_import');
      updated = written.updated;
      onChunk(rows.length, rows.length);
    }
    return { total: rows.length, inserted, updated, unchanged: known.length - updated };
  }

  private async statementUpsert(
    manager: EntityManager,
    rows: readonly CatalogueRow[],
    onChunk: (done: number, total: number) => void,
  ): Promise<UpsertCounts> {
    let inserted = 0;
    let updated = 0;
    for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
      const chunk = rows.slice(start, start + UPSERT_CHUNK);
      const params: unknown[] = [];
      const tuples = chunk.map((row) => {
        const placeholders = COLUMNS.map(([, cast, read]) => {
          params.push(read(row));
          return `$${params.length}::${cast}`;
        });
        return `(${placeholders.join(', ')})`;
      });
      const result: { inserted: boolean }[] = await manager.query(
        `INSERT INTO software_catalogue_entry AS t (${COLUMNS.map(([c]) => c).join(', ')})
         VALUES ${tuples.join(', ')}
         ON CONFLICT (source, external_id) DO UPDATE
            SET ${WRITTEN.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
          WHERE (${WRITTEN.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${WRITTEN.map((c) => `EXCLUDED.${c}`).join(', ')})
         RETURNING (xmax = 0) AS inserted`,
        params,
      );
      const fresh = result.filter((r) => r.inserted).length;
      inserted += fresh;
      updated += result.length - fresh;
      onChunk(Math.min(start + chunk.length, rows.length), rows.length);
    }
    return { total: rows.length, inserted, updated, unchanged: rows.length - inserted - updated };
  }
}

/** A value of {@link COLUMNS} as COPY's text format takes it: arrays of numbers as arrays of their texts. */
function copyValue(value: unknown): CopyValue {
  if (Array.isArray(value)) return value.map(String);
  return value as CopyValue;
}
