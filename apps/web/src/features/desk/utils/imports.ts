import type { ImportProblem, ImportReport } from '@pacte/pact';
import { postMultipart } from '../../../lib/upload';

/** What the desk's import screen sends: the kind, the file, its options, and for the real run the checked hash. */
export interface ImportUpload {
  kind: string;
  file: File;
  /** The kind's options (a results file's `round`). */
  options: Record<string, string>;
  /** A mapping file's JSON text (signatures), or null. */
  mapping: string | null;
  /** Null: a dry run. Else the real run, confirming the file the dry run checked (its `fileHash`). */
  expectedHash: string | null;
}

/**
 * POST /imports/{kind} (multipart: `file`, `dryRun`, `expectedHash`, `mapping` and the kind's options): the same
 * engine as the command line. Answers its report; a refused request throws with the API's code.
 */
export async function runImport(upload: ImportUpload, doFetch: typeof fetch = fetch): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', upload.file);
  body.append('dryRun', upload.expectedHash ? 'false' : 'true');
  if (upload.expectedHash) body.append('expectedHash', upload.expectedHash);
  if (upload.mapping?.trim()) body.append('mapping', upload.mapping);
  for (const [name, value] of Object.entries(upload.options)) body.append(name, value);
  return (await postMultipart(`/imports/${encodeURIComponent(upload.kind)}`, body, doFetch)) as ImportReport;
}

/** The report's errors (a row or the file refused); the warnings leave the import possible. */
export const importErrors = (report: ImportReport): ImportProblem[] =>
  report.problems.filter((p) => p.severity === 'error');

/** Whether the checked file may be confirmed: no error, and something to write (or a match to queue for review). */
export const mayConfirm = (report: ImportReport): boolean =>
  report.dryRun &&
  importErrors(report).length === 0 &&
  (report.created + report.updated > 0 || report.problems.some((p) => p.code === 'REVIEW_QUEUED'));

/** The most problems the screen lists (a file of thousands of bad rows is fixed from the first ones). */
export const PROBLEMS_SHOWN = 200;
