import type { ImportProblemCode } from '@pacte/pact';
import { DomainError } from '../../../common/errors/domain-error';
import type { Actor } from '../../../common/auth/actor';
import { CollectivitiesService } from '../../collectivities/collectivities.service';
import type { ImportContext, ImportRow, RowPlan } from '../engine/importer';
import type { FieldSpec } from '../engine/headers';
import { MINISTRY_COLUMNS, fieldOf, type MinistryField } from '../ministry/ministry-columns';
import type { MinistryRowIssue, RawRow } from '../ministry/ministry-rows';

/** The engine's field list for a Ministry file: every spelling of every column the Ministry has used. */
export function ministryFields(fields: readonly MinistryField[]): FieldSpec<MinistryField>[] {
  return fields.map((field) => ({ field, headers: MINISTRY_COLUMNS[field] }));
}

/** The Ministry parsers read raw cells (a wide results row repeats a block of columns past its header). */
export function rawRows(rows: readonly ImportRow[]): RawRow[] {
  return rows.map((row) => ({ line: row.line, cells: row.cells }));
}

const ISSUE_CODES: Record<MinistryRowIssue['code'], ImportProblemCode> = {
  MISSING_COLUMN: 'MISSING_COLUMN',
  INVALID_COMMUNE_CODE: 'INVALID_COMMUNE_CODE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  LIST_WITHOUT_NAME: 'LIST_WITHOUT_NAME',
  DUPLICATE_PANEL: 'DUPLICATE_PANEL',
  NO_SINGLE_MAJORITY: 'NO_SINGLE_MAJORITY',
  UNKNOWN_COMMUNE: 'UNKNOWN_COMMUNE',
  NOT_A_COMMUNE: 'NOT_A_COMMUNE',
};

/** Reports a parser's issues on their rows (the header's on line 1). */
export function reportIssues(context: ImportContext, rows: readonly ImportRow[], issues: readonly MinistryRowIssue[]) {
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const issue of issues) {
    const row = byLine.get(issue.line) ?? headerRow(issue.line);
    const field =
      issue.column === null
        ? null
        : (fieldOf(issue.column) ?? (issue.column in MINISTRY_COLUMNS ? issue.column : null));
    context.problem(row, field, ISSUE_CODES[issue.code], {
      value: issue.value,
      expected:
        issue.code === 'MISSING_COLUMN' && issue.column
          ? MINISTRY_COLUMNS[issue.column as MinistryField]?.join(', ')
          : null,
    });
  }
}

function headerRow(line: number): ImportRow {
  return { line, cells: [], get: () => '', has: () => false };
}

/** The communes of the file by INSEE code; a code no commune has is reported on each of its lines. */
export async function communesOf(
  collectivities: CollectivitiesService,
  context: ImportContext,
  rows: readonly ImportRow[],
  linesByInsee: Map<string, number[]>,
) {
  const found = await collectivities.findByCodes([...linesByInsee.keys()], ['COMMUNE'], context.manager);
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const [insee, lines] of linesByInsee) {
    const commune = found.get(insee);
    for (const line of lines) {
      const row = byLine.get(line) ?? headerRow(line);
      if (!commune) context.problem(row, 'communeCode', 'UNKNOWN_COMMUNE', { value: insee });
      else if (!context.mayImportInto(commune)) context.problem(row, 'communeCode', 'NOT_ALLOWED', { value: insee });
    }
  }
  return found;
}

/**
 * Tells what each group of writes will do by doing it inside a savepoint that is then rolled back: the dry run and
 * the plan see exactly what the real run will write (created, updated, unchanged, queued), and a rule a group breaks
 * (a majority already held elsewhere…) is reported on its line before anything is written.
 */
export async function rehearse<T>(
  context: ImportContext,
  groups: readonly T[],
  write: (group: T, actor: Actor) => Promise<string[]>,
  onRefused: (group: T, error: DomainError) => void,
): Promise<Map<T, string[]>> {
  const outcomes = new Map<T, string[]>();
  await context.manager.query('SAVEPOINT ministry_rehearsal');
  try {
    for (const group of groups) {
      try {
        outcomes.set(group, await write(group, context.actor));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        onRefused(group, error);
      }
    }
  } finally {
    await context.manager.query('ROLLBACK TO SAVEPOINT ministry_rehearsal');
    await context.manager.query('RELEASE SAVEPOINT ministry_rehearsal');
  }
  return outcomes;
}

/** The engine's effect of a rehearsed change. */
export function effectOf(change: string): RowPlan['effect'] {
  return change === 'CREATED' ? 'create' : change === 'UPDATED' ? 'update' : 'unchanged';
}
