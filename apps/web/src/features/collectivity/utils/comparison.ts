import { type CollectivityKind, populationStratum, type PopulationStratum } from '@pacte/pact';

export interface ComparisonInput {
  population: number | null;
  kind: CollectivityKind;
  overall: number | null;
  sections: ReadonlyArray<{ section: number; score: number | null }>;
  national: {
    averageProgress: number | null;
    sections: ReadonlyArray<{ section: number; averageScore: number | null }>;
    byPopulationStratum: ReadonlyArray<{ key: string; commitments: number; averageProgress: number | null }>;
  };
}

export interface ComparisonRow {
  /** 'overall' or the section number. */
  key: string;
  section: number | null;
  own: number | null;
  stratum: number | null;
  national: number | null;
}

export interface Comparison {
  stratum: PopulationStratum;
  /** Committed collectivities in the stratum, this one included. */
  stratumCommitments: number;
  rows: ComparisonRow[];
}

/**
 * This collectivity beside the committed collectivities of its population stratum and of the whole country. The API
 * gives strata only an overall average, so section rows compare with the national section averages only.
 */
export function compareWithPeers(input: ComparisonInput): Comparison {
  const stratum = populationStratum(input.population, input.kind);
  const peers = input.national.byPopulationStratum.find((s) => s.key === stratum);
  const nationalSections = new Map(input.national.sections.map((s) => [s.section, s.averageScore]));
  return {
    stratum,
    stratumCommitments: peers?.commitments ?? 0,
    rows: [
      {
        key: 'overall',
        section: null,
        own: input.overall,
        stratum: peers?.averageProgress ?? null,
        national: input.national.averageProgress,
      },
      ...input.sections.map((s) => ({
        key: String(s.section),
        section: s.section,
        own: s.score,
        stratum: null,
        national: nationalSections.get(s.section) ?? null,
      })),
    ],
  };
}

/** Difference in points, own − reference; null when either is unknown. 1 decimal. */
export function gap(own: number | null, reference: number | null): number | null {
  if (own === null || reference === null) return null;
  return Math.round((own - reference) * 10) / 10;
}
