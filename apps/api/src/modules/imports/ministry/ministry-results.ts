import type { ResultOutcome } from '@pacte/pact';
import type { MinistryField } from './ministry-columns';
import {
  cellOf,
  communeOf,
  isIssue,
  mapColumns,
  missingColumns,
  readCount,
  type ColumnMap,
  type MinistryRowIssue,
  type RawRow,
} from './ministry-rows';

/** One list of a commune's results, as the file gives it. */
export interface ResultList {
  line: number;
  panel: number | null;
  nuance: string | null;
  /** The list's name: the long name when the file has one, else the short one. */
  listName: string;
  headLastName: string;
  headFirstName: string;
  votes: number | null;
  seats: number | null;
  /**
   * Paris, Lyon and Marseille: the list's seats on the sector (arrondissement) councils, read and not recorded (since
   * the law of 11 August 2025 the city council is elected apart; its seats decide the majority).
   */
  sectorSeats: number | null;
  communitySeats: number | null;
}

export interface CommuneResults {
  insee: string;
  name: string;
  /** The first line of the commune in the file. */
  line: number;
  lists: ResultList[];
}

export interface ParsedResults {
  /** WIDE: one row per commune with a block per list (past municipal elections); LONG: one row per list. */
  format: 'WIDE' | 'LONG';
  communes: CommuneResults[];
  issues: MinistryRowIssue[];
}

/** The columns of one list's block. Every column from the first of them on repeats, block after block. */
const LIST_FIELDS: MinistryField[] = [
  'panel',
  'nuance',
  'sex',
  'lastName',
  'firstName',
  'listName',
  'shortListName',
  'votes',
  'seats',
  'sectorSeats',
  'communitySeats',
];

/** The fields of a results file (its commune's, then one list's block). */
export const RESULT_FIELDS: MinistryField[] = [
  'departementCode',
  'communeCode',
  'communeName',
  'registered',
  'voters',
  'expressed',
  ...LIST_FIELDS,
];

function withoutTrailingEmpty(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1].trim() === '') end -= 1;
  return cells.slice(0, end);
}

/**
 * Reads a results file of the Ministry, wide or long (told apart by the rows: a wide row is longer than its header,
 * one block of list columns after another), into the lists of each commune. Issues name the line, column and value.
 */
export function parseResults(rawHeader: readonly string[], rows: readonly RawRow[]): ParsedResults {
  const header = withoutTrailingEmpty(rawHeader);
  const map = mapColumns(header);
  const issues: MinistryRowIssue[] = missingColumns(map, header, ['communeCode', 'seats']);
  if (map.first.listName === undefined && map.first.shortListName === undefined && map.first.lastName === undefined) {
    issues.push(...missingColumns(map, header, ['listName']));
  }
  if (issues.length > 0) return { format: 'LONG', communes: [], issues };
  const blockStart = Math.min(...LIST_FIELDS.map((f) => map.first[f] ?? Infinity));
  const blockLength = header.length - blockStart;
  const byCommune = new Map<string, CommuneResults>();
  let wide = false;
  for (const row of rows) {
    const cells = withoutTrailingEmpty(row.cells);
    if (cells.length === 0) continue;
    const commune = communeOf(map, header, row);
    if (isIssue(commune)) {
      issues.push(commune);
      continue;
    }
    const entry = byCommune.get(commune.insee) ?? { ...commune, line: row.line, lists: [] };
    byCommune.set(commune.insee, entry);
    const blocks = Math.max(1, Math.ceil((cells.length - blockStart) / blockLength));
    if (blocks > 1) wide = true;
    for (let block = 0; block < blocks; block += 1) {
      const list = readList(map, header, row, block * blockLength, issues);
      if (list) entry.lists.push(list);
    }
  }
  const communes = [...byCommune.values()];
  for (const commune of communes) issues.push(...duplicatePanels(commune));
  return { format: wide ? 'WIDE' : 'LONG', communes, issues };
}

function readList(
  map: ColumnMap,
  header: readonly string[],
  row: RawRow,
  offset: number,
  issues: MinistryRowIssue[],
): ResultList | null {
  const cell = (field: MinistryField) => cellOf(map, row.cells, field, offset);
  if (LIST_FIELDS.every((field) => cell(field) === '')) return null;
  const column = (field: MinistryField) => header[map.first[field] ?? -1] ?? field;
  const count = (field: MinistryField) => readCount(issues, row.line, column(field), cell(field));
  const listName = cell('listName') || cell('shortListName');
  const headLastName = cell('lastName');
  if (!listName && !headLastName) {
    issues.push({ line: row.line, column: column('listName'), value: '', code: 'LIST_WITHOUT_NAME' });
    return null;
  }
  return {
    line: row.line,
    panel: count('panel'),
    nuance: cell('nuance') || null,
    listName: listName || `${cell('firstName')} ${headLastName}`.trim(),
    headLastName,
    headFirstName: cell('firstName'),
    votes: count('votes'),
    seats: count('seats'),
    sectorSeats: count('sectorSeats'),
    communitySeats: count('communitySeats'),
  };
}

function duplicatePanels(commune: CommuneResults): MinistryRowIssue[] {
  const seen = new Set<number>();
  const issues: MinistryRowIssue[] = [];
  for (const list of commune.lists) {
    if (list.panel === null) continue;
    if (seen.has(list.panel)) {
      issues.push({ line: list.line, column: 'panel', value: String(list.panel), code: 'DUPLICATE_PANEL' });
    }
    seen.add(list.panel);
  }
  return issues;
}

/**
 * What the seats say of each list of a commune: the list with the most seats won the majority, the others with seats
 * sit in the opposition, those without were not elected. Null when no list has a seat (a first round that decided
 * nothing); an issue when two lists share the highest number of seats.
 */
export function outcomesOf(commune: CommuneResults): ResultOutcome[] | null | MinistryRowIssue {
  const seats = commune.lists.map((l) => l.seats ?? 0);
  const most = Math.max(0, ...seats);
  if (most === 0) return null;
  const holders = commune.lists.filter((l) => (l.seats ?? 0) === most);
  if (holders.length > 1) {
    return { line: holders[1].line, column: 'seats', value: String(most), code: 'NO_SINGLE_MAJORITY' };
  }
  return seats.map((n) => (n === most ? 'MAJORITY' : n > 0 ? 'OPPOSITION' : 'NOT_ELECTED'));
}
