import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Public fields of an assessment: the association, never the auditor. */
export interface AssessmentRow {
  id: string;
  commitmentId: string;
  actionCode: string;
  association: string | null;
  verdict: string;
  justification: string;
  evidenceIds: string[];
  assessedOn: string;
  supersedesId: string | null;
  current: boolean;
}

/** Public fields of a verdict on one section of the pact: the association, never the auditor. */
export interface SectionAssessmentRow {
  id: string;
  commitmentId: string;
  section: number;
  association: string | null;
  verdict: string;
  justification: string;
  assessedOn: string;
  supersedesId: string | null;
  current: boolean;
}

const PAGE = 1000;

/** Read port of the assessments for the open-data exports, streamed by pages in id order. */
@Injectable()
export class AssessmentsOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async *assessments(
    commitmentIds: readonly string[],
    filter: { action?: string; verdict?: string; since?: string; until?: string },
  ): AsyncGenerator<AssessmentRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: AssessmentRow[] = await this.dataSource.query(
        `SELECT a.id, a.commitment_id AS "commitmentId", a.action_code AS "actionCode", a.association, a.verdict,
                a.justification, a.evidence_ids::text[] AS "evidenceIds",
                to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", a.supersedes_id AS "supersedesId",
                NOT EXISTS (SELECT 1 FROM assessment n WHERE n.supersedes_id = a.id) AS current
           FROM assessment a
          WHERE a.id > $1 AND a.commitment_id = ANY($2::uuid[]) AND ($3::text IS NULL OR a.action_code = $3)
            AND ($4::text IS NULL OR a.verdict = $4)
            AND ($5::date IS NULL OR a.assessed_on >= $5) AND ($6::date IS NULL OR a.assessed_on <= $6)
          ORDER BY a.id LIMIT $7`,
        [
          after,
          commitmentIds,
          filter.action ?? null,
          filter.verdict ?? null,
          filter.since ?? null,
          filter.until ?? null,
          PAGE,
        ],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** The verdicts on the pact's sections (superseded ones too), by pages in id order; no action filter applies. */
  async *sectionAssessments(
    commitmentIds: readonly string[],
    filter: { verdict?: string; since?: string; until?: string },
  ): AsyncGenerator<SectionAssessmentRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: SectionAssessmentRow[] = await this.dataSource.query(
        `SELECT a.id, a.commitment_id AS "commitmentId", a.section, a.association, a.verdict, a.justification,
                to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", a.supersedes_id AS "supersedesId",
                NOT EXISTS (SELECT 1 FROM section_assessment n WHERE n.supersedes_id = a.id) AS current
           FROM section_assessment a
          WHERE a.id > $1 AND a.commitment_id = ANY($2::uuid[]) AND ($3::text IS NULL OR a.verdict = $3)
            AND ($4::date IS NULL OR a.assessed_on >= $4) AND ($5::date IS NULL OR a.assessed_on <= $5)
          ORDER BY a.id LIMIT $6`,
        [after, commitmentIds, filter.verdict ?? null, filter.since ?? null, filter.until ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
