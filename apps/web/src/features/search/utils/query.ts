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
