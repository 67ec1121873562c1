// The history export and import scenarios of `npm run bench` (bench/run.mjs).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs a command, counting the lines and bytes of its stdout and sampling its RSS; resolves with the figures. */
async function runCounting(command, args, env = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let bytes = 0;
  let maxRss = 0;
  let stderr = '';
  const timer = setInterval(() => {
    try {
      maxRss = Math.max(
        maxRss,
        1024 * Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
      );
    } catch {
      /* gone */
    }
  }, 100);
  child.stdout.on('data', (chunk) => {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
  });
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-1000)}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, lines, bytes, maxRss };
}

async function httpExport(port, apiRss) {
  if (apiRss) apiRss.max = 0;
  const started = process.hrtime.bigint();
  const response = await fetch(`http://127.0.0.1:${port}/history/export.jsonl`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, lines, bytes, maxRss: apiRss?.max ?? null };
}

/** History export over HTTP and by the CLI, against psql's \copy of the same lines (the export's own SELECT). */
export async function measureExport({ root, databaseUrl, port, rows, apiRss, log }) {
  const require = createRequire(join(root, 'apps/api/package.json'));
  const { exportLinesSql } = require(join(root, 'apps/api/dist/modules/history/history-export.js'));
  const select = exportLinesSql(null)
    .replace(/\s+/g, ' ')
    .replace(/^COPY /, '')
    .replace(/ TO STDOUT$/, '');
  const psql = () => runCounting('psql', ['-X', '-q', '-d', databaseUrl, '-c', `\\copy ${select} TO STDOUT`]);
  const cli = () =>
    runCounting(process.execPath, ['--max-semi-space-size=8', join(root, 'apps/api/dist/cli/export-history.js')], {
      DATABASE_URL: databaseUrl,
    });
  const runs = { psql: [], http: [], cli: [] };
  for (const [name, fn] of [
    ['psql', psql],
    ['http', () => httpExport(port, apiRss)],
    ['cli', cli],
  ]) {
    log(`export: ${name}…`);
    runs[name].push(await fn());
  }
  const rate = (r) => round(r.lines / r.seconds, 0);
  const psqlRate = runs.psql.map(rate).reduce((a, b) => a + b, 0) / runs.psql.length;
  const figure = (r) => ({
    rowsPerSecond: rate(r),
    seconds: round(r.seconds, 1),
    maxRssMiB: r.maxRss == null ? null : round(r.maxRss / 2 ** 20, 1),
    ratioToPsql: round(rate(r) / psqlRate),
  });
  return {
    rows,
    psqlRowsPerSecond: round(psqlRate, 0),
    http: figure(runs.http[0]),
    cli: figure(runs.cli[0]),
    sameData: [...runs.http, ...runs.cli, ...runs.psql].every((r) => r.lines === rows),
    note: 'same data = every run wrote one line per history entry; psql writes jsonb with its spaces, so bytes differ by design',
  };
}

async function scratchDatabase(adminUrl, name) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The referential import (in process, as import:referential runs it) vs psql's \copy of the same rows. */
export async function measureImports({ root, databaseUrl, log, rounds = 2 }) {
  const require = createRequire(join(root, 'apps/api/package.json'));
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require(join(root, 'apps/api/dist/database/data-source-options.js'));
  const { ReferentialImporter } = require(join(root, 'apps/api/dist/modules/referential/referential.importer.js'));
  const { loadReferentialSource } = require(join(root, 'apps/api/dist/modules/referential/referential.source.js'));
  const names = [`bench_import_a_${process.pid}`, `bench_import_b_${process.pid}`];
  const [urlA, urlB] = [await scratchDatabase(databaseUrl, names[0]), await scratchDatabase(databaseUrl, names[1])];
  const a = new DataSource(dataSourceOptions(urlA, 2));
  const b = new DataSource(dataSourceOptions(urlB, 2));
  await a.initialize();
  await b.initialize();
  const file = join(os.tmpdir(), `bench-referential-${process.pid}.tsv`);
  const columns =
    'id, kind, code, name, search_name, siren, population, postcodes, departement_code, region_code, epci_id, origin';
  const product = [];
  const baseline = [];
  try {
    await a.runMigrations({ transaction: 'each' });
    await b.runMigrations({ transaction: 'each' });
    for (let i = 0; i < rounds; i += 1) {
      await a.query('TRUNCATE collectivity CASCADE');
      await b.query('TRUNCATE collectivity CASCADE');
      log(`imports: referential importer, round ${i + 1}`);
      let t = process.hrtime.bigint();
      await new ReferentialImporter(a).run(loadReferentialSource());
      product.push(Number(process.hrtime.bigint() - t) / 1e9);
      if (i === 0) {
        await runCounting('psql', [
          '-X',
          '-q',
          '-d',
          urlA,
          '-c',
          `\\copy (SELECT ${columns} FROM collectivity) TO '${file}'`,
        ]);
      }
      log(`imports: \\copy, round ${i + 1}`);
      t = process.hrtime.bigint();
      await runCounting('psql', ['-X', '-q', '-d', urlB, '-c', `\\copy collectivity (${columns}) FROM '${file}'`]);
      baseline.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    const [[na], [nb]] = [
      await a.query('SELECT count(*)::int AS n FROM collectivity'),
      await b.query('SELECT count(*)::int AS n FROM collectivity'),
    ];
    const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return {
      referential: {
        rows: na.n,
        productSeconds: round(median(product)),
        copySeconds: round(median(baseline)),
        ratio: round(median(product) / median(baseline)),
        sameData: na.n === nb.n,
      },
      catalogue: {
        note: 'not measured: the repository ships no full SILL / Comptoir export to import (only small test fixtures)',
      },
    };
  } finally {
    await a.destroy();
    await b.destroy();
    rmSync(file, { force: true });
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
