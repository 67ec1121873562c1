import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { allowsOn, findImportKind, IMPORT_MAX_BYTES, type ImportProblem, type ImportReport } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../history/unit-of-work';
import { parseCsv, type CsvTable } from './engine/csv';
import { decodeText } from './engine/decode';
import { mapColumns, parseMapping, type HeaderMapping } from './engine/headers';
import type { ImportContext, Importer, ImportRow, RowPlan } from './engine/importer';
import { UnknownImportKindError } from './imports.errors';
import { IMPORTERS } from './importers';

export interface ImportRequest {
  kind: string;
  bytes: Uint8Array;
  dryRun: boolean;
  /** A mapping file's JSON text (`{ "header": "field" }`). */
  mapping?: string | null;
  options?: Record<string, string>;
  /** The file's name (a results file becomes the source of the outcomes it records). */
  fileName?: string | null;
  /** The confirmation of a checked file: its SHA-256 as the dry run reported it. */
  expectedHash?: string | null;
  /** Called while writing (the command line shows it on stderr). */
  onProgress?: (done: number, total: number) => void;
}

/** Thrown inside the transaction to roll it back once the report is made. */
class Rollback extends Error {}

const MASK = '•••';

/**
 * The import engine: one code path for the command line (`npm run import:<kind>`) and the desk (`POST
 * /imports/{kind}`). See engine/importer.ts for how an importer plugs in.
 */
@Injectable()
export class ImportsService {
  private readonly importers: Map<string, Importer>;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(IMPORTERS) importers: Importer[],
  ) {
    this.importers = new Map(importers.map((i) => [i.kind, i]));
  }

  kinds(): string[] {
    return [...this.importers.keys()];
  }

  async run(actor: Actor, request: ImportRequest): Promise<ImportReport> {
    const importer = this.importers.get(request.kind);
    const kind = findImportKind(request.kind);
    if (!importer || !kind) throw new UnknownImportKindError(request.kind, this.kinds());
    const fileHash = createHash('sha256').update(request.bytes).digest('hex');
    const report: ImportReport = {
      kind: request.kind,
      dryRun: request.dryRun,
      written: false,
      fileHash,
      encoding: '',
      separator: '',
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      refused: 0,
      problems: [],
    };
    const fail = (problem: Omit<ImportProblem, 'severity' | 'line'> & { line?: number | null }) => {
      report.problems.push({ line: null, ...problem, severity: 'error' });
      return report;
    };
    if (request.bytes.byteLength > IMPORT_MAX_BYTES) {
      return fail({ column: null, value: null, code: 'FILE_TOO_LARGE', expected: `${IMPORT_MAX_BYTES} bytes` });
    }
    if (!request.dryRun && request.expectedHash && request.expectedHash !== fileHash) {
      return fail({ column: null, value: null, code: 'WRONG_FILE' });
    }
    const options: Record<string, string> = {};
    for (const option of kind.options) {
      const value = request.options?.[option.name] ?? option.values[0];
      if (!option.values.includes(value)) {
        return fail({ column: option.name, value, code: 'INVALID_VALUE', expected: option.values.join(', ') });
      }
      options[option.name] = value;
    }
    let mapping: HeaderMapping = {};
    if (request.mapping?.trim()) {
      try {
        mapping = parseMapping(request.mapping);
      } catch {
        // JSON.parse's sentence is English: the report says what the file must be, in the reader's language.
        return fail({ column: null, value: null, code: 'MAPPING_NOT_JSON' });
      }
    }
    const decoded = decodeText(request.bytes);
    if (decoded.encoding === null) return fail({ column: null, value: null, code: 'UNSUPPORTED_ENCODING' });
    report.encoding = decoded.encoding;
    let table: CsvTable;
    try {
      table = parseCsv(decoded.text);
    } catch (error) {
      // csv-parse's own sentence is English and quotes the raw bytes: the report names the line, in words of its own.
      const line = (error as { lines?: number }).lines ?? null;
      return fail({ line, column: null, value: null, code: 'UNREADABLE_CSV' });
    }
    report.separator = table.separator;
    if (table.header.length === 0 || table.rows.length === 0) {
      return fail({ line: table.header.length ? 2 : 1, column: null, value: null, code: 'EMPTY_FILE' });
    }
    report.rows = table.rows.length;
    const columns = mapColumns(table.header, importer.fields, mapping, kind.mapping);
    report.problems.push(...columns.problems);
    if (columns.problems.some((p) => p.severity === 'error')) return report;

    const privateFields = new Set(importer.fields.filter((f) => f.private).map((f) => f.field));
    const rows: ImportRow[] = [];
    for (const { line, cells } of table.rows) {
      if (
        !importer.repeatedBlocks &&
        cells.length > table.header.length &&
        cells.slice(table.header.length).some((c) => c.trim() !== '')
      ) {
        report.problems.push({
          line,
          column: null,
          value: String(cells.length),
          expected: String(table.header.length),
          code: 'WRONG_CELL_COUNT',
          severity: 'error',
        });
        continue;
      }
      rows.push({
        line,
        cells,
        get: (field) => {
          const index = columns.indexOf[field];
          return index === undefined ? '' : (cells[index] ?? '').trim();
        },
        has: (field) => columns.indexOf[field] !== undefined,
      });
    }
    const columnOf = (field: string | null) => {
      if (field === null) return null;
      const index = columns.indexOf[field];
      return index === undefined ? field : table.header[index];
    };
    const errorLines = new Set<number>(
      report.problems.filter((p) => p.severity === 'error' && p.line !== null).map((p) => p.line!),
    );

    try {
      await this.unitOfWork.batch(async (manager) => {
        // Two imports of the same kind queue: the second sees what the first wrote (idempotency under concurrency).
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${request.kind}`]);
        const context: ImportContext = {
          actor,
          manager,
          fileName: request.fileName?.trim() || `${request.kind}.csv`,
          header: table.header,
          options,
          problem: (row, field, code, details = {}) => {
            const cell = field === null ? null : row.get(field) || null;
            const shown = details.value !== undefined ? details.value : cell;
            report.problems.push({
              line: row.line,
              column: columnOf(field),
              value: field !== null && privateFields.has(field) && shown ? MASK : shown,
              code,
              expected: details.expected ?? null,
              candidates: details.candidates ?? null,
              severity: details.severity ?? 'error',
            });
            if ((details.severity ?? 'error') === 'error') errorLines.add(row.line);
          },
          hasError: (row) => errorLines.has(row.line),
          mayImportInto: (collectivity) =>
            actor.kind === 'operator' ||
            actor.kind === 'system' ||
            (actor.kind === 'user' &&
              allowsOn(actor.grants, 'import.run', collectivity.id, {
                departementCode: collectivity.departementCode,
                regionCode: collectivity.regionCode,
              })),
        };
        const plans = (await importer.plan(rows, context)).filter((p) => !errorLines.has(p.line));
        report.refused = errorLines.size;
        for (const plan of plans) {
          if (plan.effect === 'create') report.created++;
          else if (plan.effect === 'update') report.updated++;
          else report.unchanged++;
        }
        if (request.dryRun || errorLines.size > 0) throw new Rollback();
        await this.apply(plans, request.onProgress, report);
        report.written = report.created + report.updated > 0;
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    report.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return report;
  }

  /** Writes the planned rows in order; a refusal names its line and rolls the whole file back. */
  private async apply(plans: RowPlan[], onProgress: ImportRequest['onProgress'], report: ImportReport) {
    const writes = plans.filter((p) => p.apply);
    let done = 0;
    for (const plan of writes) {
      try {
        await plan.apply!();
      } catch (error) {
        report.problems.push({
          line: plan.line,
          column: null,
          // A domain error's message is meant for users; anything else (SQL, a bug) is not shown.
          value: error instanceof DomainError ? error.message : 'internal error',
          code: 'WRITE_FAILED',
          severity: 'error',
        });
        report.refused = 1;
        throw new Rollback();
      }
      done++;
      if (onProgress && (done % 500 === 0 || done === writes.length)) onProgress(done, writes.length);
    }
  }
}
