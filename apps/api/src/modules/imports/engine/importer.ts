import type { ImportProblem, ImportProblemCode } from '@pacte/pact';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import type { FieldSpec } from './headers';

/**
 * # How to write an importer
 *
 * An importer turns the rows of one kind of CSV file into calls to the services that own the records. The engine
 * (`ImportsService.run`, used by the command line and by `POST /imports/{kind}`) does everything else: size limit,
 * encoding (UTF-8 with or without BOM, else Windows-1252), separator (`,` `;` or tab), header matching (accents, case
 * and punctuation folded; a mapping file for other headers), the report, dry run, one transaction for the whole file
 * (all or nothing), an advisory lock per kind (two runs of one kind queue), progress, and error wording.
 *
 * 1. Add the kind to `IMPORT_KINDS` (libs/pact/src/imports/kinds.ts): code, fr/en label and description, options
 *    (e.g. `round` with values `['1', '2']`). The desk's screen and the command line read that list.
 * 2. Write `importers/<kind>.importer.ts`: an `@Injectable()` class implementing `Importer`, with
 *    - `kind`: the code;
 *    - `fields`: each field's name, the headers that give it (French first; the Ministry's spellings), `required`,
 *      and `private` for personal data (masked in the report);
 *    - `plan(rows, context)`: read what it needs **through the owners' services** in `context.manager` (the import's
 *      transaction), ideally in a few set-based reads for the whole file, check every row, call `context.problem` for
 *      each thing wrong (never throw for a bad row: the report must name every bad row), and return one `RowPlan` per
 *      good row saying `create` / `update` / `unchanged` and, unless unchanged, an `apply()` that writes it by calling
 *      the owning services' ordinary methods (`ElectionsService.addSignatory`, `ProgressService.updateProgress`…).
 *      Those methods run their usual unit of work, which joins the import's transaction, so every record gets the
 *      same checks and the same history events as a single edit. Rows that depend on an earlier row of the file (a
 *      list created by line 2 and used by line 3) share state inside `plan` and `apply`.
 *    - Idempotency is the importer's job: recognise what already exists (an external id, a stable hash of the
 *      identifying fields, the record's key) and plan `unchanged` for it, so a second run writes nothing.
 * 3. Register the class in `importers/index.ts` (`IMPORTER_CLASSES`).
 * 4. Add the script to the root package.json: `"import:<kind>": "npm run build && node apps/api/dist/cli/import.js <kind>"`.
 * 5. Test it with fixtures written by the test (see apps/api/test/imports-*.int-spec.ts): a dry run reporting bad
 *    rows, a real run, a second run that changes nothing.
 *
 * A per-record permission check that the owning service does not make (e.g. a moderator's territory) is asked with
 * `context.mayImportInto(collectivity)`; a refused row gets `NOT_ALLOWED`.
 */

/** One data row, read through the column map. */
export interface ImportRow<F extends string = string> {
  /** Line in the file (the header is line 1). */
  readonly line: number;
  /** The field's cell, trimmed; '' when empty or when the file has no column for it. */
  get(field: F): string;
  /** Whether the file has a column for the field. */
  has(field: F): boolean;
  /** The row's cells as read (an importer of repeated blocks reads past the header: the Ministry's wide results). */
  readonly cells: readonly string[];
}

/** What a good row will do; `apply` writes it (absent when unchanged). */
export interface RowPlan {
  line: number;
  effect: 'create' | 'update' | 'unchanged';
  apply?: () => Promise<void>;
}

/** Details of a problem beyond its code. */
export interface ProblemDetails {
  /** The value to show, when it is not the field's cell. */
  value?: string | null;
  expected?: string | null;
  candidates?: string | null;
  severity?: 'error' | 'warning';
}

export interface ImportContext<F extends string = string> {
  readonly actor: Actor;
  /** The file's name (its base name), for the records that keep their source (a results file). */
  readonly fileName: string;
  /** The header line's cells as read. */
  readonly header: readonly string[];
  /** The import's transaction: read through the owners' services with it. */
  readonly manager: EntityManager;
  /** The kind's options (`round`…), validated against IMPORT_KINDS. */
  readonly options: Readonly<Record<string, string>>;
  /** Reports a problem of a row (at a field's column, or the whole row when `field` is null). */
  problem(row: ImportRow<F>, field: F | null, code: ImportProblemCode, details?: ProblemDetails): void;
  /** Whether the row already has an error (to skip further checks that would only repeat it). */
  hasError(row: ImportRow<F>): boolean;
  /**
   * The per-record check of an import: the caller's `import.run` applies to this collectivity (ADMIN and the
   * operator everywhere, a moderator in their territory).
   */
  mayImportInto(collectivity: { id: string; departementCode: string | null; regionCode: string | null }): boolean;
}

export interface Importer<F extends string = string> {
  readonly kind: string;
  readonly fields: readonly FieldSpec<F>[];
  /** Rows may be longer than the header, repeating a block of its columns (the Ministry's wide results). */
  readonly repeatedBlocks?: boolean;
  plan(rows: readonly ImportRow<F>[], context: ImportContext<F>): Promise<RowPlan[]>;
}

export type { ImportProblem };
