import { Injectable } from '@nestjs/common';
import {
  POPULATION_STRATA,
  POPULATION_STRATUM_LABELS,
  ProgressEntry,
  ProgressStatus,
  ScoreSummary,
  computeScores,
  isEventOf,
  populationStratum,
  roundScore,
  tryReadHistoryEvent,
} from '@pacte/pact';
import { resolveEdition } from '../catalogue/catalogue.service';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { ElectionsService } from '../elections/elections.service';
import { HistoryService } from '../history/history.service';
import { ProgressService } from '../progress/progress.service';
import { progressTimeline } from './timeline';
import { AreaStatisticsModel, NationalStatisticsModel } from './models/statistics.model';

/** A commitment of the edition, with where its collectivity lies and how many live there. */
interface CommitmentRow {
  id: string;
  source: string;
  committedOn: string;
  population: number | null;
  regionCode: string | null;
  departementCode: string | null;
}

/** A recorded progress change, read through the event catalogue (ActionProgressCreated / Updated, any version). */
interface ProgressEventRow {
  commitmentId: string;
  actionCode: string;
  status: string;
  progressOverride: number | null;
  occurredAt: Date;
}

function mean(values: (number | null)[]): number | null {
  const counted = values.filter((v): v is number => v !== null);
  return counted.length === 0 ? null : roundScore(counted.reduce((a, b) => a + b, 0) / counted.length);
}

function groupStats(
  rows: { commitment: CommitmentRow; scores: ScoreSummary }[],
  keyOf: (c: CommitmentRow) => string | null,
  names: Map<string, string>,
): AreaStatisticsModel[] {
  const groups = new Map<string, ScoreSummary[]>();
  for (const { commitment, scores } of rows) {
    const key = keyOf(commitment);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(scores);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, scores]) => ({
      key,
      name: names.get(key) ?? null,
      commitments: scores.length,
      averageProgress: mean(scores.map((s) => s.overall)),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * National aggregates, read from the modules that own the data through their services (statistics owns no table):
 * signatures from elections, commitments from commitments, population and areas from collectivities, progress rows
 * from progress, progress changes from the history's typed events.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly elections: ElectionsService,
    private readonly commitmentsService: CommitmentsService,
    private readonly collectivities: CollectivitiesService,
    private readonly progressService: ProgressService,
    private readonly history: HistoryService,
  ) {}

  /** The edition's commitments, each with its collectivity's population, région and département. */
  private async commitmentsOf(edition: string): Promise<CommitmentRow[]> {
    const commitments = await this.commitmentsService.ofEdition(edition);
    const places = new Map(
      (await this.collectivities.placesOf(commitments.map((c) => c.collectivityId))).map((p) => [p.id, p]),
    );
    return commitments.map((c) => {
      const place = places.get(c.collectivityId);
      return {
        id: c.id,
        source: c.source,
        committedOn: c.committedOn,
        population: place?.population ?? null,
        regionCode: place?.regionCode ?? null,
        departementCode: place?.departementCode ?? null,
      };
    });
  }

  /**
   * Every recorded progress change of these commitments, in the order it happened, read through the event catalogue:
   * no JSON path into the payload here. An entry that does not read as one of those events is skipped.
   */
  private async progressEvents(commitmentIds: readonly string[]): Promise<ProgressEventRow[]> {
    const rows = await this.history.entriesAbout('ActionProgress', commitmentIds);
    return rows.flatMap((row) => {
      const event = tryReadHistoryEvent(row);
      if (!event || !isEventOf(event, 'ActionProgressCreated', 'ActionProgressUpdated')) return [];
      const { actionCode, status, progressOverride } = event.payload.after;
      return [{ commitmentId: row.ownerId, actionCode, status, progressOverride, occurredAt: row.occurredAt }];
    });
  }

  async national(requested?: string): Promise<NationalStatisticsModel> {
    const edition = resolveEdition(requested);
    const commitments = await this.commitmentsOf(edition);
    const ids = commitments.map((c) => c.id);
    const [counts, progress, regions, departements, events] = await Promise.all([
      this.elections.signatureCounts(),
      this.progressService.rowsOfCommitments(ids),
      this.collectivities.areaNames('REGION'),
      this.collectivities.areaNames('DEPARTEMENT'),
      this.progressEvents(ids),
    ]);
    const entriesByCommitment = new Map<string, ProgressEntry[]>();
    let actionsDone = 0;
    for (const row of progress) {
      if (row.status === 'DONE') actionsDone += 1;
      const list = entriesByCommitment.get(row.commitmentId) ?? [];
      list.push({ actionCode: row.actionCode, status: row.status, progress: row.progressOverride });
      entriesByCommitment.set(row.commitmentId, list);
    }
    const scored = commitments.map((commitment) => ({
      commitment,
      scores: computeScores(entriesByCommitment.get(commitment.id) ?? [], edition),
    }));
    const bySource = new Map<string, number>();
    for (const c of commitments) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
    const strataNames = new Map(
      [...POPULATION_STRATA, 'UNKNOWN' as const].map((s) => [s as string, POPULATION_STRATUM_LABELS[s].fr]),
    );
    const sectionNumbers = scored[0]?.scores.sections.map((s) => s.section) ?? [1, 2, 3];
    return {
      edition,
      ...counts,
      commitments: commitments.length,
      commitmentsBySource: [...bySource.entries()].map(([key, count]) => ({ key, count })),
      actionsDone,
      averageProgress: mean(scored.map((s) => s.scores.overall)),
      sections: sectionNumbers.map((section) => ({
        section,
        averageScore: mean(scored.map((s) => s.scores.sections.find((x) => x.section === section)?.score ?? null)),
      })),
      byRegion: groupStats(scored, (c) => c.regionCode, new Map(regions.map((r) => [r.code, r.name]))),
      byDepartement: groupStats(scored, (c) => c.departementCode, new Map(departements.map((d) => [d.code, d.name]))),
      byPopulationStratum: groupStats(scored, (c) => populationStratum(c.population), strataNames),
      progressOverTime: progressTimeline(
        commitments,
        events.map((e) => ({ ...e, status: e.status as ProgressStatus, occurredAt: new Date(e.occurredAt) })),
        edition,
        new Date(),
      ),
    };
  }
}
