import { COLLECTIVITY_KINDS } from '@pacte/pact';

/** What the user typed, ready to send: trimmed, inner spaces collapsed. */
export function normalizeQuery(input: string): string {
  return input.trim().replace(/\s+/g, ' ');
}

/** Minimum length before searching: two characters, so "Y" (a commune) needs its code, but "Eu" already answers. */
export const MIN_QUERY_LENGTH = 2;

export function isSearchable(input: string): boolean {
  return normalizeQuery(input).length >= MIN_QUERY_LENGTH;
}

/** What the query looks like, to say in the hint what was understood. */
export function queryKind(input: string): 'postcode-or-insee' | 'siren' | 'name' {
  const q = normalizeQuery(input).replace(/\s/g, '');
  if (/^\d{9}$/.test(q)) return 'siren';
  if (/^(\d{5}|2[ABab]\d{3}|\d{2,4})$/.test(q)) return 'postcode-or-insee';
  return 'name';
}

/** The search page's state, as it stands in its address: `q`, `kind`, `engagees=1`, `page`. */
export interface SearchState {
  q: string;
  kind: string;
  committed: boolean;
  page: number;
}

/** Reads the address; an unknown kind or a malformed page is left out, as if not given. */
export function readSearchState(params: URLSearchParams): SearchState {
  const page = Number(params.get('page'));
  const kind = params.get('kind') ?? '';
  return {
    q: params.get('q') ?? '',
    kind: (COLLECTIVITY_KINDS as readonly string[]).includes(kind) ? kind : '',
    committed: params.get('engagees') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a state: only what differs from the defaults. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.committed) params.set('engagees', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
