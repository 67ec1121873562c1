import { COLLECTIVITY_KINDS, COMMITMENT_SOURCES, POPULATION_STRATA, type ExportFilterValues } from '@pacte/pact';

/** The page's filters and order, as they stand in its address (the same names as the export's filters). */
export interface DirectoryState {
  region: string;
  departement: string;
  kind: string;
  stratum: string;
  source: string;
  scoreMin: string;
  scoreMax: string;
  sort: string;
  order: string;
  page: number;
}

export const SORTS = ['NAME', 'SCORE', 'POPULATION', 'COMMITTED_ON'] as const;
export const STRATA = [...POPULATION_STRATA, 'UNKNOWN', 'NOT_A_COMMUNE'] as const;
export const KINDS = COLLECTIVITY_KINDS;
export const SOURCES = COMMITMENT_SOURCES;
export const PAGE_SIZE = 25;

const oneOf = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : '');
const score = (value: string | null) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 && n <= 100 ? String(n) : '';
};

/** Reads the address; what is unknown or malformed is left out, as if not given. */
export function readState(params: URLSearchParams): DirectoryState {
  const page = Number(params.get('page'));
  return {
    region: /^\d{2}$/.test(params.get('region') ?? '') ? params.get('region')! : '',
    departement: /^(\d{2,3}|2[AB])$/i.test(params.get('departement') ?? '') ? params.get('departement')! : '',
    kind: oneOf(params.get('kind'), KINDS),
    stratum: oneOf(params.get('stratum'), STRATA),
    source: oneOf(params.get('source'), SOURCES),
    scoreMin: score(params.get('scoreMin')),
    scoreMax: score(params.get('scoreMax')),
    sort: oneOf(params.get('sort'), SORTS) || 'NAME',
    order: params.get('order') === 'DESC' ? 'DESC' : 'ASC',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a state: only what differs from the defaults. */
export function writeState(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['region', 'departement', 'kind', 'stratum', 'source', 'scoreMin', 'scoreMax'] as const) {
    if (state[key]) params.set(key, state[key]);
  }
  if (state.sort !== 'NAME') params.set('sort', state.sort);
  if (state.order !== 'ASC') params.set('order', state.order);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** GraphQL names cannot start with a digit: the API spells the stratum 2K_10K as FROM_2K_TO_10K. */
export function stratumEnum(stratum: string): string {
  return /^\d/.test(stratum) ? `FROM_${stratum.replace('_', '_TO_')}` : stratum;
}

/** The query's variables for a state. */
export function variablesOf(state: DirectoryState) {
  return {
    regionCode: state.region || null,
    departementCode: state.departement || null,
    kind: (state.kind || null) as never,
    stratum: (state.stratum ? stratumEnum(state.stratum) : null) as never,
    source: (state.source || null) as never,
    scoreMin: state.scoreMin ? Number(state.scoreMin) : null,
    scoreMax: state.scoreMax ? Number(state.scoreMax) : null,
    sort: state.sort as never,
    order: state.order as never,
    first: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/** The export filters of the same list (the download links give the same list). */
export function exportFiltersOf(state: DirectoryState): ExportFilterValues {
  return {
    region: state.region,
    departement: state.departement,
    kind: state.kind,
    stratum: state.stratum,
    source: state.source,
    scoreMin: state.scoreMin,
    scoreMax: state.scoreMax,
  };
}
