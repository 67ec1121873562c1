import type { MinistryField } from './ministry-columns';
import {
  cellOf,
  communeOf,
  isIssue,
  mapColumns,
  missingColumns,
  type MinistryRowIssue,
  type RawRow,
} from './ministry-rows';

/** One elected official of the register (RNE): a municipal councillor, or a community councillor of an EPCI. */
export interface ElectedOfficial {
  line: number;
  insee: string;
  lastName: string;
  firstName: string;
  /** The EPCI's SIREN for a community councillor (the file of conseillers communautaires), else null. */
  epciSiren: string | null;
  function: string | null;
}

export interface ParsedRegister {
  /** COMMUNITY when the file names an EPCI on each row (conseillers communautaires), else MUNICIPAL. */
  kind: 'MUNICIPAL' | 'COMMUNITY';
  officials: ElectedOfficial[];
  issues: MinistryRowIssue[];
}

/** The fields of an extract of the register. */
export const REGISTER_FIELDS: MinistryField[] = [
  'departementCode',
  'communeCode',
  'communeName',
  'epciSiren',
  'epciName',
  'electedLastName',
  'electedFirstName',
  'lastName',
  'firstName',
  'sex',
  'function',
  'mandateStart',
];

/** Reads an extract of the register of elected officials (conseillers municipaux or conseillers communautaires). */
export function parseRegister(header: readonly string[], rows: readonly RawRow[]): ParsedRegister {
  const map = mapColumns(header);
  // The register names its people "Nom de l'élu"; an extract may say "Nom" as the other files do.
  const last: MinistryField = map.first.electedLastName !== undefined ? 'electedLastName' : 'lastName';
  const first: MinistryField = map.first.electedFirstName !== undefined ? 'electedFirstName' : 'firstName';
  const kind = map.first.epciSiren !== undefined ? 'COMMUNITY' : 'MUNICIPAL';
  const issues = missingColumns(map, header, ['communeCode', last, first]);
  if (issues.length > 0) return { kind, officials: [], issues };
  const officials: ElectedOfficial[] = [];
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const commune = communeOf(map, header, row);
    if (isIssue(commune)) {
      issues.push(commune);
      continue;
    }
    const siren = cellOf(map, row.cells, 'epciSiren').replace(/\s/g, '');
    if (kind === 'COMMUNITY' && !/^\d{9}$/.test(siren)) {
      issues.push({ line: row.line, column: header[map.first.epciSiren!], value: siren, code: 'INVALID_NUMBER' });
      continue;
    }
    officials.push({
      line: row.line,
      insee: commune.insee,
      lastName: cellOf(map, row.cells, last),
      firstName: cellOf(map, row.cells, first),
      epciSiren: kind === 'COMMUNITY' ? siren : null,
      function: cellOf(map, row.cells, 'function') || null,
    });
  }
  return { kind, officials, issues };
}
