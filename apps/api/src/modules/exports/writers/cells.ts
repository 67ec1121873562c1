import { LIST_SEPARATOR, type DatasetColumn } from '@pacte/pact';
import type { Cell } from '../rows/row';

/**
 * A cell as text (CSV, ODS text cells): empty for null, `true`/`false`, numbers with a dot, instants in ISO 8601 UTC,
 * list items joined by LIST_SEPARATOR, objects as JSON.
 */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A cell as a JSON value: lists as arrays, objects as objects, instants as ISO strings. */
export function cellJson(value: Cell | undefined, column: DatasetColumn): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (column.type === 'number' || column.type === 'integer') return Number(value);
  return value;
}
