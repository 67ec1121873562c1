import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';
import { seedNational } from '../seed/national-seed';

const USAGE = 'usage: seed-national.js [--seed N] [--scale S] [--history N] [--validate-every N] [--json]';

/**
 * npm run seed:national -- [--seed 1] [--scale 1] [--history 1957651] — builds the national dataset of issue 12 on
 * DATABASE_URL (after the migrations, with the referential): see docs/operations.md#national-dataset.
 * Prints what it wrote and its digest (the same seed and options give the same digest).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      scale: { type: 'string', default: '1' },
      history: { type: 'string' },
      'validate-every': { type: 'string', default: '1000' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (text === undefined || !Number.isFinite(value)) throw new Error(`--${name} needs a number\n${USAGE}`);
    return value;
  };
  const log = (message: string) => console.error(`[seed:national] ${message}`);
  const report = await withDataSource(
    loadConfig(),
    log,
    (dataSource) =>
      seedNational(dataSource, {
        seed: number('seed', values.seed),
        scale: number('scale', values.scale),
        history: values.history === undefined ? undefined : number('history', values.history),
        validateEvery: number('validate-every', values['validate-every']),
        log,
      }),
    { migrate: true },
  );
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.table(report.counts);
    console.log(`digest ${report.digest}\nlast hash ${report.lastHash}\nin ${report.seconds} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
