import { Injectable } from '@nestjs/common';
import { type ExportFilters, PACT_EDITIONS, type ScoreSummary, computeScores } from '@pacte/pact';
import { CollectivitiesOpenDataPort, type CollectivityRef } from '../../collectivities/open-data.port';
import { CommitmentsService } from '../../commitments/commitments.service';
import { ProgressService } from '../../progress/progress.service';

export type CommitmentRecord = Awaited<ReturnType<CommitmentsService['ofEdition']>>[number];
export type ProgressRecord = Awaited<ReturnType<ProgressService['rowsOfCommitments']>>[number];

/** A commitment with its collectivity and, when asked, its scores. */
export interface CommitmentFacts {
  commitment: CommitmentRecord;
  place: CollectivityRef;
  scores: ScoreSummary | null;
}

/** Progress rows are read by this many commitments at a time. */
export const COMMITMENT_CHUNK = 200;

/**
 * The commitments a commitment-level export covers, ordered by collectivity code then edition. Commitments are
 * bounded by the referential (one per collectivity and edition), so they are held in memory; what hangs off them
 * (progress, milestones, evidence, audits) is streamed.
 */
@Injectable()
export class CommitmentSet {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly collectivities: CollectivitiesOpenDataPort,
    private readonly progress: ProgressService,
  ) {}

  async select(filters: ExportFilters, withScores: boolean): Promise<CommitmentFacts[]> {
    const territory = await this.collectivities.idsMatching(filters);
    const all = (await Promise.all(PACT_EDITIONS.map((edition) => this.commitments.ofEdition(edition)))).flat();
    const chosen = all.filter(
      (c) =>
        (territory === null || territory.has(c.collectivityId)) &&
        (filters.source === undefined || c.source === filters.source) &&
        (filters.demo === undefined || c.demo === filters.demo),
    );
    const places = new Map((await this.collectivities.refs(chosen.map((c) => c.collectivityId))).map((p) => [p.id, p]));
    let facts: CommitmentFacts[] = chosen.flatMap((commitment) => {
      const place = places.get(commitment.collectivityId);
      return place ? [{ commitment, place, scores: null }] : [];
    });
    const byScore = filters.scoreMin !== undefined || filters.scoreMax !== undefined;
    if (withScores || byScore) {
      for (let i = 0; i < facts.length; i += COMMITMENT_CHUNK) {
        const chunk = facts.slice(i, i + COMMITMENT_CHUNK);
        const rows = await this.progress.rowsOfCommitments(chunk.map((f) => f.commitment.id));
        for (const f of chunk) {
          const entries = rows
            .filter((r) => r.commitmentId === f.commitment.id)
            .map((r) => ({ actionCode: r.actionCode, status: r.status, progress: r.progressOverride }));
          f.scores = computeScores(entries, f.commitment.edition);
        }
      }
    }
    if (byScore) {
      const min = filters.scoreMin ?? 0;
      const max = filters.scoreMax ?? 100;
      facts = facts.filter((f) => f.scores?.overall != null && f.scores.overall >= min && f.scores.overall <= max);
    }
    return facts.sort(
      (a, b) =>
        a.place.code.localeCompare(b.place.code) ||
        a.place.kind.localeCompare(b.place.kind) ||
        a.commitment.edition.localeCompare(b.commitment.edition),
    );
  }
}

/** The columns every row of a collectivity carries. */
export function placeCells(place: CollectivityRef | undefined | null) {
  return {
    collectivity_code: place?.code ?? null,
    collectivity_kind: place?.kind ?? null,
    collectivity_name: place?.name ?? null,
    departement: place?.departementCode ?? null,
    region: place?.regionCode ?? null,
  };
}
