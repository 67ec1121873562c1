import { Injectable } from '@nestjs/common';
import {
  type CollectivityKind,
  POPULATION_STRATA,
  POPULATION_STRATUM_LABELS,
  getCatalogue,
  meanFromTenths,
  populationStratum,
} from '@pacte/pact';
import { resolveEdition } from '../catalogue/catalogue.service';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { DataVersionService } from '../data-version/data-version.service';
import { ElectionsService } from '../elections/elections.service';
import { timelineFromMonths } from './monthly-totals';
import { AreaStatisticsModel, NationalStatisticsModel } from './models/statistics.model';
import { StatisticsCommitmentRow, StatisticsRepository } from './statistics.repository';

/** A committed collectivity's kept scores, with where it lies and how many live there. */
interface PlacedScore {
  score: StatisticsCommitmentRow;
  kind: CollectivityKind;
  population: number | null;
  regionCode: string | null;
  departementCode: string | null;
  /** A commitment of the labelled demo data set (fictional). */
  demo: boolean;
}

/** Sums of tenths and counts, averaged once at the end (exact: see meanFromTenths). */
class Mean {
  sum = 0;
  counted = 0;
  add(tenths: number | null): void {
    if (tenths === null) return;
    this.sum += tenths;
    this.counted += 1;
  }
  get value(): number | null {
    return meanFromTenths(this.sum, this.counted);
  }
}

function groupStats(
  rows: readonly PlacedScore[],
  keyOf: (row: PlacedScore) => string | null,
  names: Map<string, string>,
): AreaStatisticsModel[] {
  const groups = new Map<string, { commitments: number; demoCommitments: number; mean: Mean }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key) ?? { commitments: 0, demoCommitments: 0, mean: new Mean() };
    group.commitments += 1;
    if (row.demo) group.demoCommitments += 1;
    group.mean.add(row.score.overallTenths);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, group]) => ({
      key,
      name: names.get(key) ?? null,
      commitments: group.commitments,
      demoCommitments: group.demoCommitments,
      averageProgress: group.mean.value,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A commitment's scores as the writes keep them (what a badge or a page's head shows). */
export interface CommitmentScores {
  edition: string;
  overall: number | null;
  sections: { section: number; score: number | null }[];
  actionsDone: number;
}

/** The national figures of an edition, and what they were computed for. */
interface NationalMemo {
  /** The data version read before the figures (data_version), and the month of the timeline's end. */
  key: string;
  figures: Promise<NationalStatisticsModel>;
}

/**
 * National figures, read from the aggregates the writes keep (statistics_commitment, statistics_month: see
 * statistics.projection.ts), with signatures from elections and places from collectivities through their services.
 * No read replays the history or recomputes a score.
 *
 * The figures of each edition are computed once per data version (`data_version`, raised by PostgreSQL at the commit
 * of any change of public data, whoever writes: docs/operations.md#several-api-processes) and month, and kept until
 * either moves: every process reads the version of the database it reads its figures from, before them, so it never
 * answers figures older than a version it has seen, and a change made through any process is seen by all at once.
 */
@Injectable()
export class StatisticsService {
  private readonly memo = new Map<string, NationalMemo>();

  constructor(
    private readonly repository: StatisticsRepository,
    private readonly elections: ElectionsService,
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly dataVersion: DataVersionService,
  ) {}

  /**
   * A commitment's scores as the writes keep them (statistics_commitment): overall and per section in percent, one
   * decimal (null: no action counts), actions done. Null when the commitment has no row (not a commitment).
   */
  async commitmentScores(commitmentId: string): Promise<CommitmentScores | null> {
    const row = await this.repository.scoreOf(commitmentId);
    if (!row) return null;
    const percent = (tenths: number | null) => (tenths === null ? null : tenths / 10);
    const sections = getCatalogue(row.edition).sections.map((section, i) => ({
      section: section.number,
      score: percent(row.sectionTenths[i] ?? null),
    }));
    return { edition: row.edition, overall: percent(row.overallTenths), sections, actionsDone: row.actionsDone };
  }

  /** The national figures of an edition (the current one by default), as of the data version read first. */
  async national(requested?: string): Promise<NationalStatisticsModel> {
    const edition = resolveEdition(requested);
    const { version, month: currentMonth } = await this.dataVersion.versionAndMonth();
    const key = `${version}|${currentMonth}`;
    const kept = this.memo.get(edition);
    if (kept?.key === key) return kept.figures;
    const figures = this.compute(edition, currentMonth);
    this.memo.set(edition, { key, figures });
    // A failed computation is not kept: the next request tries again.
    figures.catch(() => {
      if (this.memo.get(edition)?.figures === figures) this.memo.delete(edition);
    });
    return figures;
  }

  private async compute(edition: string, currentMonth: string): Promise<NationalStatisticsModel> {
    const [scores, months, counts, regions, departements, demoIds] = await Promise.all([
      this.repository.scoresOfEdition(edition),
      this.repository.monthsOf(edition),
      this.elections.signatureCounts(),
      this.collectivities.areaNames('REGION'),
      this.collectivities.areaNames('DEPARTEMENT'),
      this.commitments.demoCommitmentIds(edition),
    ]);
    const demo = new Set(demoIds);
    const places = new Map(
      (await this.collectivities.placesOf(scores.map((s) => s.collectivityId))).map((p) => [p.id, p]),
    );
    const placed: PlacedScore[] = scores.map((score) => {
      const place = places.get(score.collectivityId);
      return {
        score,
        kind: place?.kind ?? 'COMMUNE',
        population: place?.population ?? null,
        regionCode: place?.regionCode ?? null,
        departementCode: place?.departementCode ?? null,
        demo: demo.has(score.commitmentId),
      };
    });
    const sectionNumbers = getCatalogue(edition).sections.map((s) => s.number);
    const overall = new Mean();
    const sections = sectionNumbers.map(() => new Mean());
    const bySource = new Map<string, number>();
    let actionsDone = 0;
    for (const { score } of placed) {
      overall.add(score.overallTenths);
      sectionNumbers.forEach((_, i) => sections[i].add(score.sectionTenths[i] ?? null));
      bySource.set(score.source, (bySource.get(score.source) ?? 0) + 1);
      actionsDone += score.actionsDone;
    }
    const strataNames = new Map(
      [...POPULATION_STRATA, 'UNKNOWN' as const, 'NOT_A_COMMUNE' as const].map((s) => [
        s as string,
        POPULATION_STRATUM_LABELS[s].fr,
      ]),
    );
    return {
      edition,
      ...counts,
      commitments: placed.length,
      demoCommitments: placed.filter((p) => p.demo).length,
      commitmentsBySource: [...bySource.entries()].map(([key, count]) => ({ key, count })),
      actionsDone,
      averageProgress: overall.value,
      sections: sectionNumbers.map((section, i) => ({ section, averageScore: sections[i].value })),
      byRegion: groupStats(placed, (r) => r.regionCode, new Map(regions.map((r) => [r.code, r.name]))),
      byDepartement: groupStats(placed, (r) => r.departementCode, new Map(departements.map((d) => [d.code, d.name]))),
      byPopulationStratum: groupStats(placed, (r) => populationStratum(r.population, r.kind), strataNames),
      progressOverTime: timelineFromMonths(months, currentMonth),
    };
  }
}
