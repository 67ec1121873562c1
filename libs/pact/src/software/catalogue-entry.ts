/** Which public catalogue an entry was read from. */
export const CATALOGUE_SOURCES = ['SILL', 'COMPTOIR'] as const;
export type CatalogueSource = (typeof CATALOGUE_SOURCES)[number];

/** A company that supports a software, as a catalogue lists it. */
export interface CatalogueProvider {
  name: string;
  /** French company number (9 digits), when the catalogue gives it. */
  siren?: string | null;
  /** The provider's website, or failing that its page on the catalogue. */
  url?: string | null;
}

/**
 * One software of a public catalogue (SILL or Comptoir du Libre), normalised to one shape. Strings are trimmed and
 * inner runs of white space collapsed; an empty string is null.
 */
export interface CatalogueEntry {
  source: CatalogueSource;
  /**
   * The software's id in its source catalogue, as a string ("12"). Not the SILL field `externalId`, which is a
   * Wikidata or HAL identifier.
   */
  externalId: string;
  name: string;
  /** As the catalogue gives it: an SPDX identifier most of the time. */
  licence: string | null;
  description: string | null;
  website: string | null;
  repository: string | null;
  sillId: number | null;
  comptoirId: number | null;
  /** SILL ids of similar software, without duplicates. */
  similarSillIds: number[];
  /** Companies offering support, without duplicate names (case-insensitive). */
  providers: CatalogueProvider[];
  /** Names of the organisations that declared they use it, without duplicates (case-insensitive). */
  users: string[];
  /** Whether the catalogue no longer recommends it (SILL `dereferencing`); always false for the Comptoir. */
  dereferenced: boolean;
}

/** A record the parser left out, with its 0-based position in the source list and, when it has one, its id. */
export interface SkippedRecord {
  index: number;
  id?: unknown;
  reason: string;
}

export interface CatalogueParseResult {
  entries: CatalogueEntry[];
  skipped: SkippedRecord[];
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed string with inner white space collapsed, or null when the value is not a non-blank string. */
export function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.trim().replace(/\s+/g, ' ');
  return cleaned === '' ? null : cleaned;
}

/** A catalogue id: a non-negative safe integer, or null. */
export function cleanId(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The ids of a list (non-integers and duplicates left out); an empty list when the value is not an array. */
export function idList(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  const ids = value.map(cleanId).filter((id): id is number => id !== null);
  return [...new Set(ids)];
}

/** The value when it is an array, else an empty list. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Parses records one by one with `parse`, and skips (with a reason) those without a usable id or name and those
 * whose id was already seen, so that an import is idempotent and reports everything it left out.
 */
export function parseRecords(
  records: readonly unknown[],
  parse: (identity: { record: JsonObject; id: number; name: string }) => CatalogueEntry,
): CatalogueParseResult {
  const entries: CatalogueEntry[] = [];
  const skipped: SkippedRecord[] = [];
  const firstIndexById = new Map<number, number>();
  records.forEach((record, index) => {
    const identity = readIdentity(record);
    if (typeof identity === 'string') {
      skipped.push({ index, ...rawId(record), reason: identity });
      return;
    }
    const first = firstIndexById.get(identity.id);
    if (first !== undefined) {
      skipped.push({ index, id: identity.id, reason: `duplicate id ${identity.id}, first seen at index ${first}` });
      return;
    }
    firstIndexById.set(identity.id, index);
    entries.push(parse(identity));
  });
  return { entries, skipped };
}

/** Keeps the first of the strings that are equal ignoring case. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps the first provider of each name (ignoring case), completing its missing fields from the later ones. */
export function uniqueProviders(providers: readonly CatalogueProvider[]): CatalogueProvider[] {
  const byName = new Map<string, CatalogueProvider>();
  for (const provider of providers) {
    const key = provider.name.toLocaleLowerCase('fr');
    const known = byName.get(key);
    if (!known) {
      byName.set(key, { ...provider });
    } else {
      known.siren = known.siren ?? provider.siren ?? null;
      known.url = known.url ?? provider.url ?? null;
    }
  }
  return [...byName.values()];
}

/**
 * Reads the two fields every record needs, id and name. Returns them, or the reason to skip the record, written for
 * a person reading the import report.
 */
export function readIdentity(record: unknown): { record: JsonObject; id: number; name: string } | string {
  if (!isObject(record)) {
    return `not an object but ${describeType(record)}`;
  }
  const id = cleanId(record.id);
  if (id === null) {
    return record.id === undefined ? 'missing id' : `id is not a non-negative integer: ${JSON.stringify(record.id)}`;
  }
  const name = cleanString(record.name);
  if (name === null) {
    return 'missing or empty name';
  }
  return { record, id, name };
}

/** The `id` of a record, for the skip report, when the record is an object that has one. */
export function rawId(record: unknown): { id?: unknown } {
  return isObject(record) && record.id !== undefined ? { id: record.id } : {};
}

/** How a value reads in an error message: "null", "an array", "string"… */
export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
