import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CommittedSort, SortOrder } from './models/directory.model';

export interface CommittedQuery {
  edition: string;
  departementCode: string | null;
  regionCode: string | null;
  /** SIREN of an EPCI: only its member communes. */
  epciCode: string | null;
  kind: string | null;
  /** 'UNKNOWN' (no population), a population range, or null for any. */
  population: 'UNKNOWN' | { min: number; below: number | null } | null;
  /** true: communes only; false: every kind but communes; null: any kind. */
  communes: boolean | null;
  source: string | null;
  scoreMin: number | null;
  scoreMax: number | null;
  /** The score of a commitment with no stored score (no progress declared yet). */
  emptyScore: number | null;
  sort: CommittedSort;
  order: SortOrder;
  limit: number;
  offset: number;
}

const SORT_COLUMNS: Record<CommittedSort, string> = {
  NAME: 'search_name',
  SCORE: 'score',
  POPULATION: 'population',
  COMMITTED_ON: 'committed_on',
};

/** One row per commitment of the edition ($1), with its collectivity and its score ($2 when none is stored). */
const COMMITTED_ROWS = `(
  SELECT c.id, c.search_name, c.population, c.departement_code, c.region_code, c.epci_id, c.kind, m.source, m.committed_on,
         CASE WHEN s.commitment_id IS NULL THEN $2::numeric ELSE s.overall END AS score
  FROM collectivity c
  JOIN commitment m ON m.collectivity_id = c.id AND m.withdrawn_at IS NULL
  LEFT JOIN commitment_score s ON s.commitment_id = m.id
  WHERE m.edition = $1
) AS committed`;

/**
 * The list of committed collectivities: a read across the collectivity, its commitment and the commitment's stored
 * score (progress module), joined in SQL so that filters, sort and pages run in the database.
 */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ids of one page, in order, and the number of matches. */
  async committed(q: CommittedQuery): Promise<{ ids: string[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [q.edition, q.emptyScore];
    const add = (sql: (param: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.departementCode) add((p) => `departement_code = ${p}`, q.departementCode);
    if (q.regionCode) add((p) => `region_code = ${p}`, q.regionCode);
    if (q.epciCode) add((p) => `epci_id IN (SELECT e.id FROM collectivity e WHERE e.code = ${p})`, q.epciCode);
    if (q.kind) add((p) => `kind = ${p}`, q.kind);
    if (q.source) add((p) => `source = ${p}`, q.source);
    if (q.communes !== null) where.push(q.communes ? "kind = 'COMMUNE'" : "kind <> 'COMMUNE'");
    if (q.population === 'UNKNOWN') where.push('population IS NULL');
    else if (q.population) {
      add((p) => `population >= ${p}`, q.population.min);
      if (q.population.below !== null) add((p) => `population < ${p}`, q.population.below);
    }
    if (q.scoreMin !== null) add((p) => `score >= ${p}`, q.scoreMin);
    if (q.scoreMax !== null) add((p) => `score <= ${p}`, q.scoreMax);
    const filtered = `FROM ${COMMITTED_ROWS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const counted: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count ${filtered}`,
      params,
    );
    const order = q.order === 'DESC' ? 'DESC' : 'ASC';
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id ${filtered} ORDER BY ${SORT_COLUMNS[q.sort]} ${order} NULLS LAST, search_name ASC, id ASC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, q.offset],
    );
    return { ids: rows.map((r) => r.id), total: counted[0].count };
  }
}
