import { registerEnumType } from '@nestjs/graphql';
import { POPULATION_STRATA } from '@pacte/pact';

export const COMMITTED_SORTS = ['NAME', 'SCORE', 'POPULATION', 'COMMITTED_ON'] as const;
export type CommittedSort = (typeof COMMITTED_SORTS)[number];
export const CommittedSortEnum = Object.fromEntries(COMMITTED_SORTS.map((v) => [v, v])) as {
  [K in CommittedSort]: K;
};
registerEnumType(CommittedSortEnum, {
  name: 'CommittedSort',
  description: 'Order of the committed collectivities: by name, self-declared overall score, population or date',
});

export const SORT_ORDERS = ['ASC', 'DESC'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const SortOrderEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortOrderEnum, { name: 'SortOrder' });

export const STRATA = [...POPULATION_STRATA, 'UNKNOWN', 'NOT_A_COMMUNE'] as const;
export type StratumFilter = (typeof STRATA)[number];
/** GraphQL names cannot start with a digit: FROM_2K_TO_10K stands for the stratum 2K_10K (libs/pact). */
export const PopulationStratumEnum = Object.fromEntries(
  STRATA.map((v) => [/^\d/.test(v) ? `FROM_${v.replace('_', '_TO_')}` : v, v]),
) as Record<string, StratumFilter>;
registerEnumType(PopulationStratumEnum, {
  name: 'PopulationStratum',
  description:
    'Population stratum of a commune, as the DGCL publishes them (CGCT art. L. 2334-3): UNDER_500, FROM_500_TO_999 … ' +
    'FROM_200000; UNKNOWN (a commune of unknown population); NOT_A_COMMUNE (EPCI, syndicats, départements, régions, counted apart)',
});
