import { LocalizedText } from './i18n';

/** Population size classes used to compare collectivities with their peers. */
export const POPULATION_STRATA = ['UNDER_2K', '2K_10K', '10K_50K', '50K_100K', 'OVER_100K'] as const;
/** A stratum, or UNKNOWN when the population is not known. */
export type PopulationStratum = (typeof POPULATION_STRATA)[number] | 'UNKNOWN';

/** The exclusive upper bound of each stratum but the last. */
const UPPER_BOUNDS: ReadonlyArray<[number, PopulationStratum]> = [
  [2_000, 'UNDER_2K'],
  [10_000, '2K_10K'],
  [50_000, '10K_50K'],
  [100_000, '50K_100K'],
];

// Thousands are separated by a narrow no-break space (U+202F), as Intl.NumberFormat('fr-FR') does.
const NNBSP = '\u202f';
export const POPULATION_STRATUM_LABELS: Record<PopulationStratum, LocalizedText> = {
  UNDER_2K: { fr: `Moins de 2${NNBSP}000 habitants`, en: 'Under 2,000 inhabitants' },
  '2K_10K': { fr: `De 2${NNBSP}000 à 9${NNBSP}999 habitants`, en: '2,000 to 9,999 inhabitants' },
  '10K_50K': { fr: `De 10${NNBSP}000 à 49${NNBSP}999 habitants`, en: '10,000 to 49,999 inhabitants' },
  '50K_100K': { fr: `De 50${NNBSP}000 à 99${NNBSP}999 habitants`, en: '50,000 to 99,999 inhabitants' },
  OVER_100K: { fr: `100${NNBSP}000 habitants et plus`, en: '100,000 inhabitants and more' },
  UNKNOWN: { fr: 'Population inconnue', en: 'Unknown population' },
};

/**
 * The stratum of a population: < 2,000; < 10,000; < 50,000; < 100,000; else. Null gives UNKNOWN.
 * Throws a RangeError for a negative or non-finite population.
 */
export function populationStratum(population: number | null): PopulationStratum {
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
  return 'OVER_100K';
}

/**
 * The populations a stratum covers, for filtering stored populations: `min` inclusive, `below` exclusive (null: no
 * upper bound). Agrees with {@link populationStratum}; UNKNOWN is no range (the population is null).
 */
export function populationStratumRange(stratum: (typeof POPULATION_STRATA)[number]): {
  min: number;
  below: number | null;
} {
  const index = UPPER_BOUNDS.findIndex(([, s]) => s === stratum);
  const upper = index === -1 ? UPPER_BOUNDS.length : index;
  return { min: upper === 0 ? 0 : UPPER_BOUNDS[upper - 1][0], below: index === -1 ? null : UPPER_BOUNDS[index][0] };
}
