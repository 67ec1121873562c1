/**
 * Folds a name for accent- and punctuation-insensitive search: "Saint-Étienne-de-Crossey" → "saint etienne de crossey".
 * Used both when storing `search_name` and when reading a query, so the two always agree.
 */
export function foldForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
