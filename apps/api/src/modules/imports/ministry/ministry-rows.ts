import { countOf, fieldOf, inseeCodeOf, type MinistryField } from './ministry-columns';

/** One data row of a file: its line (the header is line 1) and its cells as read. */
export interface RawRow {
  line: number;
  cells: readonly string[];
}

/** What is wrong with one cell of a Ministry file: the line, the column (its header), the value and a code. */
export interface MinistryRowIssue {
  line: number;
  column: string | null;
  value: string | null;
  code: MinistryIssueCode;
}

export const MINISTRY_ISSUE_CODES = [
  /** A column the file must have is missing from the header. */
  'MISSING_COLUMN',
  /** The commune's code cannot be read as an INSEE code. */
  'INVALID_COMMUNE_CODE',
  /** A count (votes, seats, panel) is not a whole number. */
  'INVALID_NUMBER',
  /** A list has neither a name nor a head of list. */
  'LIST_WITHOUT_NAME',
  /** A commune's file has two lists with the same panel number. */
  'DUPLICATE_PANEL',
  /** Two lists of a commune have the same, highest, number of seats: the majority cannot be told. */
  'NO_SINGLE_MAJORITY',
  /** The commune is not in the referential. */
  'UNKNOWN_COMMUNE',
  /** A list can only stand in a commune. */
  'NOT_A_COMMUNE',
] as const;
export type MinistryIssueCode = (typeof MINISTRY_ISSUE_CODES)[number];

/** The columns of a header, by canonical field: the first column of each field, and where each column sits. */
export interface ColumnMap {
  first: Partial<Record<MinistryField, number>>;
  fields: (MinistryField | null)[];
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const fields = header.map(fieldOf);
  const first: Partial<Record<MinistryField, number>> = {};
  fields.forEach((field, index) => {
    if (field && first[field] === undefined) first[field] = index;
  });
  return { first, fields };
}

/** The cell of `field` in `cells` (columns mapped from `offset`), trimmed; '' when absent. */
export function cellOf(map: ColumnMap, cells: readonly string[], field: MinistryField, offset = 0): string {
  const index = map.first[field];
  return index === undefined ? '' : (cells[index + offset] ?? '').trim();
}

export function missingColumns(map: ColumnMap, header: readonly string[], required: MinistryField[]) {
  return required
    .filter((field) => map.first[field] === undefined)
    .map((field): MinistryRowIssue => ({
      line: 1,
      column: field,
      value: header.join(' | ').slice(0, 200),
      code: 'MISSING_COLUMN',
    }));
}

/** The commune a row is about: its INSEE code, or an issue naming the cell. */
export function communeOf(
  map: ColumnMap,
  header: readonly string[],
  row: RawRow,
): { insee: string; name: string } | MinistryRowIssue {
  const raw = cellOf(map, row.cells, 'communeCode');
  const insee = inseeCodeOf(cellOf(map, row.cells, 'departementCode') || undefined, raw);
  if (!insee) {
    return { line: row.line, column: header[map.first.communeCode!] ?? null, value: raw, code: 'INVALID_COMMUNE_CODE' };
  }
  return { insee, name: cellOf(map, row.cells, 'communeName') };
}

/** Reads a count cell; pushes an issue and returns null when it is not a whole number. */
export function readCount(issues: MinistryRowIssue[], line: number, column: string | null, raw: string): number | null {
  const value = countOf(raw);
  if (Number.isNaN(value)) {
    issues.push({ line, column, value: raw, code: 'INVALID_NUMBER' });
    return null;
  }
  return value;
}

export function isIssue(value: unknown): value is MinistryRowIssue {
  return typeof value === 'object' && value !== null && 'code' in value && 'line' in value;
}
