import type { CollectivityKind } from './collectivity-kind';
import { LocalizedText } from './i18n';

/**
 * The population strata of communes that the DGCL publishes and compares communes by: the fifteen strata of the
 * Code général des collectivités territoriales, art. L. 2334-3 (0–499, 500–999 … 200 000 and more).
 */
export const POPULATION_STRATA = [
  'UNDER_500',
  'FROM_500_TO_999',
  'FROM_1000_TO_1999',
  'FROM_2000_TO_3499',
  'FROM_3500_TO_4999',
  'FROM_5000_TO_7499',
  'FROM_7500_TO_9999',
  'FROM_10000_TO_14999',
  'FROM_15000_TO_19999',
  'FROM_20000_TO_34999',
  'FROM_35000_TO_49999',
  'FROM_50000_TO_74999',
  'FROM_75000_TO_99999',
  'FROM_100000_TO_199999',
  'FROM_200000',
] as const;
export type CommuneStratum = (typeof POPULATION_STRATA)[number];
/**
 * A commune's stratum; UNKNOWN when its population is not known; NOT_A_COMMUNE for an EPCI, a syndicat, a
 * département or a région, which the communes' strata do not compare and which are counted apart.
 */
export type PopulationStratum = CommuneStratum | 'UNKNOWN' | 'NOT_A_COMMUNE';

/** The exclusive upper bound of each stratum but the last. */
const UPPER_BOUNDS: ReadonlyArray<[number, CommuneStratum]> = [
  [500, 'UNDER_500'],
  [1_000, 'FROM_500_TO_999'],
  [2_000, 'FROM_1000_TO_1999'],
  [3_500, 'FROM_2000_TO_3499'],
  [5_000, 'FROM_3500_TO_4999'],
  [7_500, 'FROM_5000_TO_7499'],
  [10_000, 'FROM_7500_TO_9999'],
  [15_000, 'FROM_10000_TO_14999'],
  [20_000, 'FROM_15000_TO_19999'],
  [35_000, 'FROM_20000_TO_34999'],
  [50_000, 'FROM_35000_TO_49999'],
  [75_000, 'FROM_50000_TO_74999'],
  [100_000, 'FROM_75000_TO_99999'],
  [200_000, 'FROM_100000_TO_199999'],
];

// Thousands are separated by a narrow no-break space (U+202F), as Intl.NumberFormat('fr-FR') does.
const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, '\u202f');
const en = (n: number) => n.toLocaleString('en-GB');

function label(stratum: CommuneStratum): LocalizedText {
  const { min, below } = populationStratumRange(stratum);
  if (min === 0) return { fr: `Communes de moins de ${fr(below!)} habitants`, en: `Communes under ${en(below!)}` };
  if (below === null) return { fr: `Communes de ${fr(min)} habitants et plus`, en: `Communes of ${en(min)} and more` };
  return {
    fr: `Communes de ${fr(min)} à ${fr(below - 1)} habitants`,
    en: `Communes of ${en(min)} to ${en(below - 1)}`,
  };
}

export const POPULATION_STRATUM_LABELS: Record<PopulationStratum, LocalizedText> = {
  ...(Object.fromEntries(POPULATION_STRATA.map((s) => [s, label(s)])) as Record<CommuneStratum, LocalizedText>),
  UNKNOWN: { fr: 'Communes de population inconnue', en: 'Communes of unknown population' },
  NOT_A_COMMUNE: {
    fr: 'Intercommunalités, syndicats, départements et régions (comptés à part)',
    en: 'Groupings, syndicates, départements and régions (counted apart)',
  },
};

/**
 * The stratum of a collectivity: for a commune, the DGCL stratum of its population (null: UNKNOWN); any other kind
 * is NOT_A_COMMUNE, counted apart from the communes. Throws a RangeError for a negative or non-finite population.
 */
export function populationStratum(population: number | null, kind: CollectivityKind = 'COMMUNE'): PopulationStratum {
  if (kind !== 'COMMUNE') return 'NOT_A_COMMUNE';
  if (population === null || population === undefined) {
    return 'UNKNOWN';
  }
  if (!Number.isFinite(population) || population < 0) {
    throw new RangeError(`Population must be a finite number >= 0, got ${String(population)}`);
  }
  for (const [bound, stratum] of UPPER_BOUNDS) {
    if (population < bound) {
      return stratum;
    }
  }
  return 'FROM_200000';
}

/**
 * The populations a commune stratum covers, for filtering stored populations: `min` inclusive, `below` exclusive
 * (null: no upper bound). Agrees with {@link populationStratum}.
 */
export function populationStratumRange(stratum: CommuneStratum): {
  min: number;
  below: number | null;
} {
  const index = UPPER_BOUNDS.findIndex(([, s]) => s === stratum);
  const upper = index === -1 ? UPPER_BOUNDS.length : index;
  return { min: upper === 0 ? 0 : UPPER_BOUNDS[upper - 1][0], below: index === -1 ? null : UPPER_BOUNDS[index][0] };
}
