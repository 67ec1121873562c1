import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Public fields of a piece of evidence (who added it is not one). */
export interface EvidenceRow {
  id: string;
  commitmentId: string;
  kind: string;
  date: string;
  title: string;
  description: string | null;
  url: string | null;
  hasFile: boolean;
  fileMimeType: string | null;
  actionCodes: string[];
  criterionIds: string[];
  createdAt: Date;
}

const PAGE = 1000;

/** Read port of the evidence for the open-data exports, streamed by pages in id order. */
@Injectable()
export class EvidenceOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async *evidence(
    commitmentIds: readonly string[],
    filter: { action?: string; since?: string; until?: string },
  ): AsyncGenerator<EvidenceRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: EvidenceRow[] = await this.dataSource.query(
        `SELECT e.id, e.commitment_id AS "commitmentId", e.kind, to_char(e.date, 'YYYY-MM-DD') AS date, e.title,
                e.description, e.url, e.file_key IS NOT NULL AS "hasFile", e.file_mime_type AS "fileMimeType",
                COALESCE((SELECT array_agg(a.action_code ORDER BY a.action_code) FROM evidence_action a
                           WHERE a.evidence_id = e.id), '{}') AS "actionCodes",
                e.criterion_ids AS "criterionIds", e.created_at AS "createdAt"
           FROM evidence e
          WHERE e.id > $1 AND e.commitment_id = ANY($2::uuid[])
            AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM evidence_action a WHERE a.evidence_id = e.id AND a.action_code = $3))
            AND ($4::date IS NULL OR e.date >= $4) AND ($5::date IS NULL OR e.date <= $5)
          ORDER BY e.id LIMIT $6`,
        [after, commitmentIds, filter.action ?? null, filter.since ?? null, filter.until ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
