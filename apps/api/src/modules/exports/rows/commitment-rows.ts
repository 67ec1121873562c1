import { Injectable } from '@nestjs/common';
import {
  type ExportFilters,
  PACT_SECTION_NUMBERS,
  effectiveProgress,
  getCatalogue,
  populationStratum,
  verdictScore,
  type AssessmentVerdict,
  type AuditSubject,
} from '@pacte/pact';
import {
  AssessmentsOpenDataPort,
  type AssessmentRow,
  type SectionAssessmentRow,
} from '../../assessments/open-data.port';
import { ElectionsOpenDataPort } from '../../elections/open-data.port';
import { EvidenceOpenDataPort } from '../../evidence/open-data.port';
import { ProgressOpenDataPort } from '../../progress/open-data.port';
import { ProgressService } from '../../progress/progress.service';
import { batches, isoInstant, type Row } from './row';
import { COMMITMENT_CHUNK, CommitmentSet, type CommitmentFacts, placeCells } from './commitment-set';

/** Rows of the datasets that hang off commitments: committed collectivities, commitments, progress, milestones, evidence, audits. */
@Injectable()
export class CommitmentRows {
  constructor(
    private readonly set: CommitmentSet,
    private readonly progress: ProgressService,
    private readonly progressPort: ProgressOpenDataPort,
    private readonly evidencePort: EvidenceOpenDataPort,
    private readonly assessmentsPort: AssessmentsOpenDataPort,
    private readonly elections: ElectionsOpenDataPort,
  ) {}

  async *committedCollectivities(filters: ExportFilters): AsyncGenerator<Row> {
    for (const { commitment: c, place, scores } of await this.set.select(filters, true)) {
      const section = (n: number) => scores?.sections.find((s) => s.section === n);
      yield {
        ...placeCells(place),
        siren: place.siren,
        population: place.population,
        stratum: populationStratum(place.population, place.kind),
        epci_code: place.epciCode,
        edition: c.edition,
        source: c.source,
        committed_on: c.committedOn,
        score_overall: scores?.overall ?? null,
        ...Object.fromEntries(PACT_SECTION_NUMBERS.map((n) => [`score_section_${n}`, section(n)?.score ?? null])),
        actions_done: scores?.sections.reduce((sum, s) => sum + s.actionsDone, 0) ?? 0,
        actions_counted: scores?.sections.reduce((sum, s) => sum + s.actionsCounted, 0) ?? 0,
        actions_total: getCatalogue(c.edition).actions.length,
        demo: c.demo,
      };
    }
  }

  async *commitments(filters: ExportFilters): AsyncGenerator<Row> {
    for (const chunk of chunks(await this.set.select(filters, false))) {
      const lists = new Map(
        (await this.elections.lists(chunk.flatMap((f) => f.commitment.candidateListId ?? []))).map((l) => [l.id, l]),
      );
      for (const { commitment: c, place } of chunk) {
        const list = c.candidateListId ? lists.get(c.candidateListId) : undefined;
        yield {
          ...placeCells(place),
          edition: c.edition,
          source: c.source,
          committed_on: c.committedOn,
          candidate_list_name: list?.name ?? null,
          candidate_list_head: list?.headOfList ?? null,
          deliberation_number: c.deliberationNumber,
          deliberation_date: c.deliberationDate,
          demo: c.demo,
        };
      }
    }
  }

  /** One row per commitment and action of its edition, stored or not (an action never updated is NOT_STARTED). */
  async *progressRows(filters: ExportFilters): AsyncGenerator<Row> {
    for (const chunk of chunks(await this.set.select(filters, false))) {
      const stored = await this.progress.rowsOfCommitments(chunk.map((f) => f.commitment.id));
      const byKey = new Map(stored.map((r) => [`${r.commitmentId}|${r.actionCode}`, r]));
      for (const { commitment: c, place } of chunk) {
        for (const action of getCatalogue(c.edition).actions) {
          if (filters.action !== undefined && action.code !== filters.action) continue;
          const r = byKey.get(`${c.id}|${action.code}`);
          const status = r?.status ?? 'NOT_STARTED';
          if (filters.status !== undefined && status !== filters.status) continue;
          const override = r?.progressOverride ?? null;
          yield {
            ...placeCells(place),
            edition: c.edition,
            action_code: action.code,
            section: action.section,
            status,
            progress: effectiveProgress({ status, progress: override }),
            progress_override: override,
            target_date: r?.targetDate ?? null,
            owner: r?.owner ?? null,
            justification: r?.justification ?? null,
            updated_at: isoInstant(r?.updatedAt ?? null),
            demo: c.demo,
          };
        }
      }
    }
  }

  async *milestones(filters: ExportFilters): AsyncGenerator<Row> {
    const facts = byId(await this.set.select(filters, false));
    for await (const m of this.progressPort.milestones([...facts.keys()], filters)) {
      const f = facts.get(m.commitmentId)!;
      yield {
        milestone_id: m.id,
        ...placeCells(f.place),
        edition: f.commitment.edition,
        action_code: m.actionCode,
        title: m.title,
        description: m.description,
        date: m.date,
        reached: m.reached,
        updated_at: isoInstant(m.updatedAt),
        demo: f.commitment.demo,
      };
    }
  }

  /** `publicUrl` makes the file links absolute (the same address as the GraphQL `Evidence.file.url`). */
  async *evidence(filters: ExportFilters, publicUrl: string): AsyncGenerator<Row> {
    const facts = byId(await this.set.select(filters, false));
    for await (const e of this.evidencePort.evidence([...facts.keys()], filters)) {
      const f = facts.get(e.commitmentId)!;
      yield {
        evidence_id: e.id,
        ...placeCells(f.place),
        edition: f.commitment.edition,
        kind: e.kind,
        date: e.date,
        title: e.title,
        description: e.description,
        url: e.url,
        file_url: e.hasFile ? `${publicUrl}/evidence/${e.id}/file` : null,
        file_media_type: e.hasFile ? e.fileMimeType : null,
        action_codes: e.actionCodes,
        criterion_ids: e.criterionIds,
        created_at: isoInstant(e.createdAt),
        demo: f.commitment.demo,
      };
    }
  }

  /** The verdicts on actions, then those on the pact's sections (`subject`), each beside what the collectivity declares. */
  async *audits(filters: ExportFilters): AsyncGenerator<Row> {
    const facts = byId(await this.set.select(filters, false));
    for await (const page of batches(this.assessmentsPort.assessments([...facts.keys()], filters), 500)) {
      const declared = await this.progress.rowsOfCommitments([...new Set(page.map((a) => a.commitmentId))]);
      const status = new Map(declared.map((r) => [`${r.commitmentId}|${r.actionCode}`, r.status]));
      for (const a of page) {
        const f = facts.get(a.commitmentId)!;
        yield auditRow(f, a, {
          subject: 'ACTION',
          section: sectionOf(f.commitment.edition, a.actionCode),
          action_code: a.actionCode,
          declared_status: status.get(`${a.commitmentId}|${a.actionCode}`) ?? 'NOT_STARTED',
          evidence_ids: a.evidenceIds,
        });
      }
    }
    if (filters.action !== undefined) return;
    // Then the verdicts on the pact's sections as wholes, beside the collectivity's self-assessment of each.
    for await (const page of batches(this.assessmentsPort.sectionAssessments([...facts.keys()], filters), 500)) {
      const declared = await this.progress.sectionSelfAssessmentsOf([...new Set(page.map((a) => a.commitmentId))]);
      const status = new Map(declared.map((r) => [`${r.commitmentId}|${r.section}`, r.status]));
      for (const a of page) {
        yield auditRow(facts.get(a.commitmentId)!, a, {
          subject: 'SECTION',
          section: a.section,
          action_code: null,
          declared_status: status.get(`${a.commitmentId}|${a.section}`) ?? null,
          evidence_ids: [],
        });
      }
    }
  }
}

/** A row of the `audits` dataset: the verdict's common cells, with what differs between actions and sections. */
function auditRow(
  f: CommitmentFacts,
  a: AssessmentRow | SectionAssessmentRow,
  subject: { subject: AuditSubject; section: number | null; action_code: string | null } & Row,
): Row {
  return {
    assessment_id: a.id,
    ...placeCells(f.place),
    edition: f.commitment.edition,
    subject: subject.subject,
    section: subject.section,
    action_code: subject.action_code,
    association: a.association,
    verdict: a.verdict,
    verdict_score: verdictScore(a.verdict as AssessmentVerdict),
    declared_status: subject.declared_status,
    justification: a.justification,
    evidence_ids: subject.evidence_ids,
    assessed_on: a.assessedOn,
    supersedes_id: a.supersedesId,
    current: a.current,
    demo: f.commitment.demo,
  };
}

/** The section of an action of an edition (null for a code the edition does not have). */
function sectionOf(edition: string, actionCode: string): number | null {
  return getCatalogue(edition).actions.find((a) => a.code === actionCode)?.section ?? null;
}

function chunks(facts: CommitmentFacts[]): CommitmentFacts[][] {
  const out: CommitmentFacts[][] = [];
  for (let i = 0; i < facts.length; i += COMMITMENT_CHUNK) out.push(facts.slice(i, i + COMMITMENT_CHUNK));
  return out;
}

function byId(facts: CommitmentFacts[]): Map<string, CommitmentFacts> {
  return new Map(facts.map((f) => [f.commitment.id, f]));
}
