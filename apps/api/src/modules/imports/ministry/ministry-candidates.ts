import { foldForSearch } from '../../../common/text/normalize';
import type { MinistryField } from './ministry-columns';
import {
  cellOf,
  communeOf,
  isIssue,
  mapColumns,
  missingColumns,
  readCount,
  type MinistryRowIssue,
  type RawRow,
} from './ministry-rows';

/** One list of the Ministry's candidatures: its commune, panel number, names, nuance and head of list. */
export interface CandidatureList {
  line: number;
  insee: string;
  communeName: string;
  panel: number;
  listName: string;
  nuance: string | null;
  headLastName: string;
  headFirstName: string;
  /** How many candidates the file lists for it (1 when the file has one row per list). */
  candidates: number;
}

export interface ParsedCandidatures {
  lists: CandidatureList[];
  issues: MinistryRowIssue[];
}

/** The fields of a candidatures file. */
export const CANDIDATURE_FIELDS: MinistryField[] = [
  'departementCode',
  'communeCode',
  'communeName',
  'panel',
  'listName',
  'shortListName',
  'nuance',
  'candidateNumber',
  'sex',
  'lastName',
  'firstName',
  'headOfList',
  'communityCandidate',
];

const YES = new Set(['oui', 'o', 'yes', 'y', '1', 'x', 'vrai', 'true']);

/**
 * Reads the Ministry's candidatures: one row per candidate (the lists are grouped by commune and panel; the head of
 * list is the candidate flagged "Tête de liste", else number 1) or one row per list (its head's names on the row).
 */
export function parseCandidatures(header: readonly string[], rows: readonly RawRow[]): ParsedCandidatures {
  const map = mapColumns(header);
  const issues = missingColumns(map, header, ['communeCode', 'panel', 'lastName']);
  if (map.first.listName === undefined && map.first.shortListName === undefined) {
    issues.push(...missingColumns(map, header, ['listName']));
  }
  if (issues.length > 0) return { lists: [], issues };
  const column = (field: MinistryField) => header[map.first[field] ?? -1] ?? field;
  const byKey = new Map<string, CandidatureList & { headRank: number }>();
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const cell = (field: MinistryField) => cellOf(map, row.cells, field);
    const commune = communeOf(map, header, row);
    if (isIssue(commune)) {
      issues.push(commune);
      continue;
    }
    const panel = readCount(issues, row.line, column('panel'), cell('panel'));
    const number = readCount(issues, row.line, column('candidateNumber'), cell('candidateNumber'));
    if (panel === null) {
      if (cell('panel') === '')
        issues.push({ line: row.line, column: column('panel'), value: '', code: 'INVALID_NUMBER' });
      continue;
    }
    const listName = cell('listName') || cell('shortListName');
    if (!listName) {
      issues.push({ line: row.line, column: column('listName'), value: '', code: 'LIST_WITHOUT_NAME' });
      continue;
    }
    // The lower the rank, the likelier the head of list: flagged first, then by number, then the file's order.
    const flagged = YES.has(foldForSearch(cell('headOfList')));
    const rank = flagged ? 0 : (number ?? Number.MAX_SAFE_INTEGER);
    const key = `${commune.insee}:${panel}`;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, {
        line: row.line,
        insee: commune.insee,
        communeName: commune.name,
        panel,
        listName,
        nuance: cell('nuance') || null,
        headLastName: cell('lastName'),
        headFirstName: cell('firstName'),
        candidates: 1,
        headRank: rank,
      });
      continue;
    }
    entry.candidates += 1;
    if (rank < entry.headRank) {
      Object.assign(entry, { headLastName: cell('lastName'), headFirstName: cell('firstName'), headRank: rank });
    }
  }
  const lists = [...byKey.values()].map(({ headRank: _rank, ...list }) => list);
  return { lists, issues };
}
