import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_KINDS, findImportKind } from '@pacte/pact';
import { formatReport } from './import-report';
import { systemActor } from '../common/auth/actor';
import { loadConfig } from '../config/config';
import { ImportsService } from '../modules/imports/imports.service';
import { withAppContext } from './with-app-context';

const kinds = IMPORT_KINDS.map((k) => k.code).join('|');
const USAGE = `usage: import.js ${kinds} FILE [--dry-run] [--mapping MAP.json] [--<option> VALUE]`;

/**
 * npm run import:<kind> -- FILE [--dry-run] [--mapping MAP.json] (and the kind's options, e.g. --round 2): a CSV
 * import through the same engine as the desk's "Importer" screen (apps/api/src/modules/imports), as the platform's
 * operator. Prints the report (French, then English) on stdout and the progress on stderr. Exits 0 when the file was
 * imported (or, dry run, could be), 1 when any row is refused (nothing is written), 2 on a wrong command line.
 */
async function main(): Promise<number> {
  const [kindCode, ...rest] = process.argv.slice(2);
  const kind = findImportKind(kindCode ?? '');
  if (!kind) {
    console.error(USAGE);
    return 2;
  }
  const optionSpecs = Object.fromEntries(kind.options.map((o) => [o.name, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { 'dry-run': { type: 'boolean', default: false }, mapping: { type: 'string' }, ...optionSpecs },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = positionals[0];
  let bytes: Buffer;
  let mapping: string | null = null;
  try {
    bytes = readFileSync(file);
    if (typeof values.mapping === 'string') mapping = readFileSync(values.mapping, 'utf8');
  } catch (error) {
    console.error(`cannot read ${(error as NodeJS.ErrnoException).path ?? file}: ${(error as Error).message}`);
    return 2;
  }
  const options: Record<string, string> = {};
  for (const option of kind.options) {
    const value = (values as Record<string, unknown>)[option.name];
    if (typeof value === 'string') options[option.name] = value;
  }

  return withAppContext(loadConfig(), async (app) => {
    const report = await app.get(ImportsService).run(systemActor(`import:${kind.code}`), {
      kind: kind.code,
      bytes,
      dryRun: values['dry-run'] === true,
      fileName: basename(file),
      mapping,
      options,
      onProgress: (done, total) => console.error(`written ${done} / ${total}`),
    });
    console.log(formatReport(report, file));
    return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
