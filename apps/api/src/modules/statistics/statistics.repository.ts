import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StoredHistoryRow, isEventOf, tryReadHistoryEvent } from '@pacte/pact';
import { DataSource } from 'typeorm';

export interface SignatureCounts {
  signatories: number;
  electedSignatories: number;
  signingLists: number;
  listsSignedAsList: number;
  electedSigningLists: number;
  signingCollectivities: number;
}

export interface CommitmentRow {
  id: string;
  edition: string;
  source: string;
  committedOn: string;
  population: number | null;
  regionCode: string | null;
  departementCode: string | null;
}

export interface ProgressEventRow {
  commitmentId: string;
  actionCode: string;
  status: string;
  progressOverride: number | null;
  occurredAt: Date;
}

export interface ProgressRow {
  commitmentId: string;
  actionCode: string;
  status: string;
  progressOverride: number | null;
}

@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async signatureCounts(): Promise<SignatureCounts> {
    const [row] = await this.dataSource.query<[SignatureCounts]>(`
      SELECT
        (SELECT count(*) FROM signatory)::int AS signatories,
        (SELECT count(*) FROM signatory WHERE elected)::int AS "electedSignatories",
        (SELECT count(DISTINCT candidate_list_id) FROM signatory)::int AS "signingLists",
        (SELECT count(DISTINCT candidate_list_id) FROM signatory WHERE scope = 'LIST')::int AS "listsSignedAsList",
        (SELECT count(DISTINCT l.id) FROM candidate_list l JOIN signatory s ON s.candidate_list_id = l.id
           WHERE l.outcome = 'MAJORITY')::int AS "electedSigningLists",
        (SELECT count(DISTINCT l.collectivity_id) FROM candidate_list l JOIN signatory s ON s.candidate_list_id = l.id
        )::int AS "signingCollectivities"`);
    return row;
  }

  commitments(edition: string): Promise<CommitmentRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.edition, m.source, to_char(m.committed_on, 'YYYY-MM-DD') AS "committedOn",
              c.population, c.region_code AS "regionCode", c.departement_code AS "departementCode"
         FROM commitment m JOIN collectivity c ON c.id = m.collectivity_id
        WHERE m.edition = $1`,
      [edition],
    );
  }

  progress(edition: string): Promise<ProgressRow[]> {
    return this.dataSource.query(
      `SELECT p.commitment_id AS "commitmentId", p.action_code AS "actionCode", p.status,
              p.progress_override AS "progressOverride"
         FROM action_progress p JOIN commitment m ON m.id = p.commitment_id
        WHERE m.edition = $1`,
      [edition],
    );
  }

  /**
   * Every recorded progress change of the edition's commitments, in the order it happened, read through the event
   * catalogue (ActionProgressCreated / ActionProgressUpdated, any version): no JSON path into the payload here.
   * An entry that does not read as one of those events is skipped.
   */
  async progressEvents(edition: string): Promise<ProgressEventRow[]> {
    const rows: (StoredHistoryRow & { commitmentId: string; occurredAt: Date })[] = await this.dataSource.query(
      `SELECT split_part(e.entity_id, ':', 1) AS "commitmentId", e.occurred_at AS "occurredAt", e.event,
              e.event_version AS "eventVersion", e.entity_type AS "entityType", e.action, e.before, e.after
         FROM audit_event e JOIN commitment m ON m.id::text = split_part(e.entity_id, ':', 1)
        WHERE e.entity_type = 'ActionProgress' AND m.edition = $1
        ORDER BY e.id`,
      [edition],
    );
    return rows.flatMap((row) => {
      const event = tryReadHistoryEvent(row);
      if (!event || !isEventOf(event, 'ActionProgressCreated', 'ActionProgressUpdated')) return [];
      const { actionCode, status, progressOverride } = event.payload.after;
      return [{ commitmentId: row.commitmentId, actionCode, status, progressOverride, occurredAt: row.occurredAt }];
    });
  }

  areaNames(kind: 'REGION' | 'DEPARTEMENT'): Promise<{ code: string; name: string }[]> {
    return this.dataSource.query(`SELECT code, name FROM collectivity WHERE kind = $1`, [kind]);
  }
}
