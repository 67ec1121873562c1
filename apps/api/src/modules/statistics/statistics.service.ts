import { Injectable } from '@nestjs/common';
import {
  POPULATION_STRATA,
  POPULATION_STRATUM_LABELS,
  ProgressEntry,
  ProgressStatus,
  ScoreSummary,
  computeScores,
  populationStratum,
  roundScore,
} from '@pacte/pact';
import { resolveEdition } from '../catalogue/catalogue.service';
import { progressTimeline } from './timeline';
import { AreaStatisticsModel, NationalStatisticsModel } from './models/statistics.model';
import { CommitmentRow, StatisticsRepository } from './statistics.repository';

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

@Injectable()
export class StatisticsService {
  constructor(private readonly repository: StatisticsRepository) {}

  async national(requested?: string): Promise<NationalStatisticsModel> {
    const edition = resolveEdition(requested);
    const [counts, commitments, progress, regions, departements, events] = await Promise.all([
      this.repository.signatureCounts(),
      this.repository.commitments(edition),
      this.repository.progress(edition),
      this.repository.areaNames('REGION'),
      this.repository.areaNames('DEPARTEMENT'),
      this.repository.progressEvents(edition),
    ]);
    const entriesByCommitment = new Map<string, ProgressEntry[]>();
    let actionsDone = 0;
    for (const row of progress) {
      if (row.status === 'DONE') actionsDone += 1;
      const list = entriesByCommitment.get(row.commitmentId) ?? [];
      list.push({ actionCode: row.actionCode, status: row.status as ProgressStatus, progress: row.progressOverride });
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
