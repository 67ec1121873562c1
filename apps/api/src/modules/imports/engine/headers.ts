import type { ImportProblem } from '@pacte/pact';
import { foldForSearch } from '../../../common/text/normalize';

/** One field an importer reads, and the headers that give it. */
export interface FieldSpec<F extends string = string> {
  /** The field's name in the code, and the header a mapping file names (e.g. `lastName`). */
  field: F;
  /** Headers that give this field, in any case, with or without accents and punctuation ("Prénom" = "prenom"). */
  headers: readonly string[];
  required?: boolean;
  /** Private data (phone, e-mail): a report shows it masked. */
  private?: boolean;
}

/**
 * A mapping file (`--mapping MAP.json`, or the desk's mapping box): `{ "header in the file": "field" }`, the field
 * being one of the importer's field names or one of its accepted headers; `null` ignores a column.
 */
export type HeaderMapping = Record<string, string | null>;

/** A header as compared: no accents, no case, punctuation and spaces folded ("N°Panneau" → "n panneau"). */
export function normalizeHeader(header: string): string {
  return foldForSearch(header);
}

export interface ColumnMap<F extends string = string> {
  /** The index of the column giving each field found. */
  indexOf: Partial<Record<F, number>>;
  /** Each column's header as written (for the report). */
  header: readonly string[];
  problems: ImportProblem[];
}

/** Reads a mapping file's JSON; throws a message (not a stack) when it is not an object of strings. */
export function parseMapping(json: string): HeaderMapping {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected an object { "header in the file": "field" }');
  }
  for (const [key, target] of Object.entries(value)) {
    if (target !== null && typeof target !== 'string') throw new Error(`the value of "${key}" is not a string`);
  }
  return value as HeaderMapping;
}

/**
 * Finds which column gives each field: the mapping first, then the accepted headers. Reports required fields without
 * a column, two columns giving one field, and (as warnings) columns nobody reads: for a kind that takes a mapping
 * file, as columns a mapping could make read; else as columns the import does not need.
 */
export function mapColumns<F extends string>(
  header: readonly string[],
  fields: readonly FieldSpec<F>[],
  mapping: HeaderMapping = {},
  /** Whether a mapping file can make a column read (the kind's `mapping`): the warning on an unread column says so. */
  mappable = true,
): ColumnMap<F> {
  const byHeader = new Map<string, F>();
  for (const spec of fields) {
    byHeader.set(normalizeHeader(spec.field), spec.field);
    for (const h of spec.headers) byHeader.set(normalizeHeader(h), spec.field);
  }
  const mapped = new Map<string, string | null>(
    Object.entries(mapping).map(([from, to]) => [normalizeHeader(from), to]),
  );
  const indexOf: Partial<Record<F, number>> = {};
  const problems: ImportProblem[] = [];
  header.forEach((raw, index) => {
    const key = normalizeHeader(raw);
    if (key === '') return;
    let field: F | undefined;
    if (mapped.has(key)) {
      const target = mapped.get(key);
      if (target === null || target === undefined) return;
      field = byHeader.get(normalizeHeader(target));
      if (!field) {
        problems.push({
          line: null,
          column: raw,
          value: target,
          code: 'BAD_MAPPING',
          severity: 'error',
        });
        return;
      }
    } else field = byHeader.get(key);
    if (!field) {
      problems.push({
        line: 1,
        column: raw,
        value: raw,
        code: mappable ? 'UNKNOWN_COLUMN' : 'UNREAD_COLUMN',
        severity: 'warning',
      });
      return;
    }
    if (indexOf[field] !== undefined) {
      problems.push({ line: 1, column: raw, value: raw, code: 'DUPLICATE_COLUMN', severity: 'error' });
      return;
    }
    indexOf[field] = index;
  });
  for (const spec of fields) {
    if (spec.required && indexOf[spec.field] === undefined) {
      problems.push({
        line: 1,
        column: spec.headers[0] ?? spec.field,
        value: null,
        code: 'MISSING_COLUMN',
        expected: [spec.field, ...spec.headers].join(', '),
        severity: 'error',
      });
    }
  }
  return { indexOf, header, problems };
}
