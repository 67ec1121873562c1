import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { bumpVersion, saveVersioned } from '../../common/errors/versioned-save';
import { plainRows } from '../../database/plain-rows';
import { EvidenceActionEntity, EvidenceEntity } from './evidence.entity';

/**
 * A piece of evidence as the public reads return it: its columns and the action codes of its links, a plain object
 * read by one SQL statement (no entity hydration: a collectivity page shows up to 155 of them). An `EvidenceEntity`
 * read for a write has the same shape.
 */
export type EvidenceRow = Omit<EvidenceEntity, 'actions'> & {
  actions: Pick<EvidenceActionEntity, 'evidenceId' | 'actionCode'>[];
};

/** One page of a list of evidence, and how many the whole list holds. */
export interface EvidencePageRows {
  records: EvidenceRow[];
  total: number;
}

/** The action codes of the links of `evidence v`, beside its columns. */
const ACTION_CODES = 'ARRAY(SELECT a.action_code FROM evidence_action a WHERE a.evidence_id = v.id) AS "actionCodes"';

type EvidenceSqlRow = Omit<EvidenceRow, 'actions'> & { actionCodes: string[] };

function toEvidenceRow({ actionCodes, ...row }: EvidenceSqlRow): EvidenceRow {
  return withActions(row, actionCodes);
}

/** The row given its links (the row is a copy made for it: a page shows up to 155 of them, each copied once). */
function withActions(row: Omit<EvidenceRow, 'actions'>, actionCodes: string[]): EvidenceRow {
  const evidence = row as EvidenceRow;
  evidence.actions = actionCodes.map((actionCode) => ({ evidenceId: row.id, actionCode }));
  return evidence;
}

/** A row of a ranked list, with the evidence: its list, its place (1 for the newest) and the list's count. */
type RankedRow = EvidenceSqlRow & { key: string; n: number; total: number };

/** A row of one action's page: the action's place among those asked (from 1), its count, and a piece or nulls. */
type PagedRow = { i: number; total: number } & (EvidenceSqlRow | { id: null; actionCodes: string[] });

/**
 * The order of every evidence list: newest first, then the last recorded, then the id, from the largest (a stable order
 * for pages; all three descending, so that one index read backwards gives an action's list: `ix_evidence_action_rank`).
 */
const NEWEST_FIRST = 'ORDER BY v.date DESC, v.created_at DESC, v.id DESC';

@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The evidence of these commitments, newest first. */
  async findByCommitmentIds(commitmentIds: readonly string[]): Promise<EvidenceRow[]> {
    const rows = await plainRows<EvidenceSqlRow>(
      this.dataSource,
      EvidenceEntity,
      'v',
      `SELECT {columns}, ${ACTION_CODES} FROM evidence v WHERE v.commitment_id = ANY($1::uuid[]) ${NEWEST_FIRST}`,
      [[...commitmentIds]],
    );
    return rows.map(toEvidenceRow);
  }

  /**
   * A page of the evidence of each of these actions (newest first) and each one's count, in the order of `keys`, in one
   * statement: for each action, its count and its page's links are read from the links' own index, which orders each
   * action's evidence of a commitment as the pages do (`ix_evidence_action_rank`, migration EvidenceActionRank), then
   * each piece of the page once by id. Nothing else of the commitment's evidence is read: Paris, 2,937 pieces, used to be
   * ranked whole by windows on each page (issue 12: 32 ms; the costliest statement of a collectivity page).
   */
  async findActionPages(
    keys: readonly { commitmentId: string; actionCode: string }[],
    offset: number,
    first: number,
  ): Promise<EvidencePageRows[]> {
    const rows = await plainRows<PagedRow>(
      this.dataSource,
      EvidenceEntity,
      'v',
      `SELECT k.i::int AS i, c.total, {columns}, ${ACTION_CODES}
         FROM unnest($1::uuid[], $2::varchar[]) WITH ORDINALITY AS k(commitment_id, action_code, i)
        -- Counted once per action (a scalar subquery here would be pulled up and counted again for each row).
        CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM evidence_action a
                             WHERE a.commitment_id = k.commitment_id AND a.action_code = k.action_code) c
         LEFT JOIN LATERAL (SELECT a.evidence_id, a.date, a.created_at FROM evidence_action a
                             WHERE a.commitment_id = k.commitment_id AND a.action_code = k.action_code
                             ORDER BY a.date DESC, a.created_at DESC, a.evidence_id DESC
                            OFFSET $3 LIMIT $4) p ON true
         LEFT JOIN evidence v ON v.id = p.evidence_id
        ORDER BY k.i, p.date DESC, p.created_at DESC, p.evidence_id DESC`,
      [keys.map((k) => k.commitmentId), keys.map((k) => k.actionCode), offset, first],
    );
    // Each row names the place of its key among `keys` (`i`, from 1): a key asked twice has a page at each place.
    const pages = keys.map((): EvidencePageRows => ({ records: [], total: 0 }));
    for (const { i, total, actionCodes, ...record } of rows) {
      const page = pages[i - 1];
      page.total = total;
      if (record.id !== null) page.records.push(withActions(record, actionCodes));
    }
    return pages;
  }

  /** A page of the evidence of each of these commitments (newest first) and each one's count, in their order. */
  async findCommitmentPages(
    commitmentIds: readonly string[],
    offset: number,
    first: number,
  ): Promise<EvidencePageRows[]> {
    const ranked = await plainRows<RankedRow>(
      this.dataSource,
      EvidenceEntity,
      'v',
      `SELECT r.key, r.n::int AS n, r.total::int AS total, {columns}, ${ACTION_CODES}
         FROM (SELECT v.id, v.commitment_id::text AS key, row_number() OVER w AS n,
                      count(*) OVER (PARTITION BY v.commitment_id) AS total
                 FROM evidence v WHERE v.commitment_id = ANY($1::uuid[])
               WINDOW w AS (PARTITION BY v.commitment_id ${NEWEST_FIRST})) r
         JOIN evidence v ON v.id = r.id
        WHERE r.n = 1 OR (r.n > $2 AND r.n <= $2 + $3)`,
      [[...new Set(commitmentIds)], offset, first],
    );
    return this.pagesOf(ranked, commitmentIds, offset);
  }

  /**
   * The pages, in the order of `keys`, from ranked rows: the newest row of each list is read for the list's count
   * even when the page starts further on (an empty page past the end still says how many there are).
   */
  private pagesOf(ranked: RankedRow[], keys: readonly string[], offset: number): EvidencePageRows[] {
    const pages = new Map<string, EvidencePageRows>();
    for (const row of ranked) if (!pages.has(row.key)) pages.set(row.key, { records: [], total: row.total });
    const shown = ranked.filter((r) => r.n > offset).sort((a, b) => a.n - b.n);
    for (const { key, n: _n, total: _total, actionCodes, ...record } of shown) {
      pages.get(key)!.records.push(withActions(record, actionCodes));
    }
    return keys.map((key) => pages.get(key) ?? { records: [], total: 0 });
  }

  /** Evidence by id (in no particular order). */
  async findByIds(ids: readonly string[]): Promise<EvidenceRow[]> {
    const rows = await plainRows<EvidenceSqlRow>(
      this.dataSource,
      EvidenceEntity,
      'v',
      `SELECT {columns}, ${ACTION_CODES} FROM evidence v WHERE v.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(toEvidenceRow);
  }

  /** The ids among `ids` of evidence that belongs to one of these commitments. */
  async idsOfCommitments(
    commitmentIds: readonly string[],
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<string[]> {
    if (commitmentIds.length === 0 || ids.length === 0) return [];
    const rows = await manager.getRepository(EvidenceEntity).find({
      select: { id: true },
      where: { id: In([...ids]), commitmentId: In([...commitmentIds]) },
    });
    return rows.map((r) => r.id);
  }

  findById(id: string, manager: EntityManager): Promise<EvidenceEntity | null> {
    return manager.getRepository(EvidenceEntity).findOne({ where: { id }, relations: { actions: true } });
  }

  /** Locks the evidence row and reads it with its links: concurrent links are serialised and each sees the last. */
  async findForUpdate(id: string, manager: EntityManager): Promise<EvidenceEntity | null> {
    return (await this.lockById(id, manager)) ? this.findById(id, manager) : null;
  }

  /** A change of the evidence's links is a change of the evidence: one more version. */
  async bumpVersion(id: string, manager: EntityManager): Promise<void> {
    await bumpVersion(manager, EvidenceEntity, id);
  }

  /** Locks the evidence row until the transaction ends (its file is being replaced). */
  async lockById(id: string, manager: EntityManager): Promise<boolean> {
    const row = await manager
      .getRepository(EvidenceEntity)
      .findOne({ where: { id }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
    return row !== null;
  }

  async setFile(
    id: string,
    file: { fileKey: string; fileMimeType: string; fileSize: number },
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(EvidenceEntity).update({ id }, file);
  }

  /** Inserts the evidence and its action links together (the caller holds the transaction). */
  async insert(entity: Partial<EvidenceEntity>, actionCodes: string[], manager: EntityManager) {
    const saved = await manager.getRepository(EvidenceEntity).save(manager.create(EvidenceEntity, entity));
    await this.link(saved.id, actionCodes, manager);
    return (await this.findById(saved.id, manager))!;
  }

  async link(evidenceId: string, actionCodes: string[], manager: EntityManager): Promise<void> {
    // Evidence filed under label criteria only has no action to link.
    if (actionCodes.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvidenceActionEntity)
      .values(actionCodes.map((actionCode) => ({ evidenceId, actionCode })))
      .orIgnore()
      .execute();
  }

  /** Removes these links of the evidence (the caller holds its row lock). */
  async unlink(evidenceId: string, actionCodes: readonly string[], manager: EntityManager): Promise<void> {
    if (actionCodes.length === 0) return;
    await manager.getRepository(EvidenceActionEntity).delete({ evidenceId, actionCode: In([...actionCodes]) });
  }

  /** Saves the evidence's own columns (not its links) under optimistic locking: one more version. */
  async saveFields(entity: Partial<EvidenceEntity> & { id: string; version: number }, manager: EntityManager) {
    await saveVersioned(manager, EvidenceEntity, entity);
  }

  /** Removes the evidence and its links (a withdrawal: its entries stay in the history). */
  async remove(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(EvidenceEntity).delete({ id });
  }
}
