// The history export and import scenarios of `npm run bench` (bench/run.mjs).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Counts the lines and bytes of a stream of chunks, and hashes them. */
function counter() {
  const hash = createHash('sha256');
  const figures = { lines: 0, bytes: 0 };
  return {
    add(chunk) {
      figures.bytes += chunk.length;
      hash.update(chunk);
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) figures.lines += 1;
    },
    done: () => ({ ...figures, sha256: hash.digest('hex') }),
  };
}

/** Runs a command, counting the lines and bytes of its stdout and sampling its RSS; resolves with the figures. */
async function runCounting(command, args, env = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const count = counter();
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
  child.stdout.on('data', (chunk) => count.add(chunk));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-1000)}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...count.done(), maxRss };
}

async function httpExport(port, apiRss) {
  if (apiRss) apiRss.windowMax = 0;
  const started = process.hrtime.bigint();
  const response = await fetch(`http://127.0.0.1:${port}/history/export.jsonl`);
  const count = counter();
  for await (const chunk of response.body) count.add(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    ...count.done(),
    maxRss: apiRss?.windowMax ?? null,
  };
}

/**
 * History export over HTTP and by the CLI, against psql's \copy of the same lines: the export's own COPY statement
 * (history-export.ts), whose lines hold jsonb's text of `before` and `after`, which Node then tightens. Interleaved,
 * `rounds` times; means. Same data: a line per entry in every run, and the same bytes (sha256) over HTTP and by the
 * CLI.
 */
export async function measureExport({ root, databaseUrl, port, rows, apiRss, log, rounds = 2 }) {
  const require = createRequire(join(root, 'apps/api/package.json'));
  const { exportLinesSql } = require(join(root, 'apps/api/dist/modules/history/history-export.js'));
  const statement = exportLinesSql(null)
    .replace(/\s+/g, ' ')
    .replace(/^COPY /, '');
  const psql = () => psqlCopy(databaseUrl, statement);
  const cli = () =>
    runCounting(process.execPath, ['--max-semi-space-size=8', join(root, 'apps/api/dist/cli/export-history.js')], {
      DATABASE_URL: databaseUrl,
    });
  const runs = { psql: [], http: [], cli: [] };
  for (let pass = 1; pass <= rounds; pass += 1) {
    for (const [name, fn] of [
      ['psql', psql],
      ['http', () => httpExport(port, apiRss)],
      ['cli', cli],
    ]) {
      log(`export: ${name}, round ${pass}…`);
      runs[name].push(await fn());
    }
  }
  const rate = (r) => r.lines / r.seconds;
  const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
  const psqlRate = mean(runs.psql.map(rate));
  // Each round's runs follow each other: a ratio per round, then their mean, is what the load of the machine
  // (shared, and varying from minute to minute) disturbs least.
  const figure = (rs) => ({
    rowsPerSecond: round(mean(rs.map(rate)), 0),
    seconds: round(mean(rs.map((r) => r.seconds)), 1),
    maxRssMiB: rs[0].maxRss == null ? null : round(Math.max(...rs.map((r) => r.maxRss)) / 2 ** 20, 1),
    ratioToPsql: round(mean(rs.map((r, i) => rate(r) / rate(runs.psql[i])))),
    ratiosByRound: rs.map((r, i) => round(rate(r) / rate(runs.psql[i]))),
    rowsPerSecondByRound: rs.map((r) => round(rate(r), 0)),
  });
  const all = [...runs.http, ...runs.cli, ...runs.psql];
  const exports = [...runs.http, ...runs.cli];
  return {
    rows,
    rounds,
    psqlRowsPerSecond: round(psqlRate, 0),
    psqlRowsPerSecondByRound: runs.psql.map((r) => round(rate(r), 0)),
    http: figure(runs.http),
    cli: figure(runs.cli),
    sameData: all.every((r) => r.lines === rows) && exports.every((r) => r.sha256 === exports[0].sha256),
    bytes: runs.http[0].bytes,
    sha256: runs.http[0].sha256,
    note: 'same data = one line per history entry in every run, and the same bytes (sha256) over HTTP and by the CLI; psql writes jsonb with its spaces, so its bytes differ by design',
  };
}

/** psql's `\copy` of `what` on the database at `url`. */
const psqlCopy = (url, what) => runCounting('psql', ['-X', '-q', '-d', url, '-c', `\\copy ${what}`]);

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

/**
 * A SILL file and a Comptoir du Libre export of `count` records each, made from the test fixtures' records (each copy
 * with its own id and name): the repository ships no full catalogue, and the real ones hold about a thousand records.
 */
function syntheticCatalogues(root, count) {
  const fixture = (name) => JSON.parse(readFileSync(join(root, 'apps/api/test/fixtures', name), 'utf8'));
  const usable = (records) =>
    records.filter((r) => r && Number.isInteger(r.id) && r.id >= 0 && typeof r.name === 'string' && r.name.trim());
  const copies = (records) =>
    Array.from({ length: count }, (_, i) => ({
      ...records[i % records.length],
      id: i + 1,
      name: `${records[i % records.length].name} ${i + 1}`,
    }));
  const comptoir = fixture('comptoir.json');
  const softwares = copies(usable(comptoir.softwares));
  return {
    SILL: JSON.stringify(copies(usable(fixture('sill.json')))),
    COMPTOIR: JSON.stringify({ ...comptoir, number_of_software: softwares.length, softwares }),
  };
}

/**
 * The referential import (in process, as import:referential runs it) and the catalogue imports (SILL then Comptoir,
 * as import:sill and import:comptoir run them, the file's JSON.parse included) vs psql's \copy of the same rows,
 * `rounds` times each, interleaved; the medians. Three rounds: the median of two was their larger, so the first round
 * of the catalogue importer (its code compiled as it runs, 0.2 s in all) was the figure.
 */
export async function measureImports({ root, databaseUrl, log, rounds = 3, catalogueRecords = 2000 }) {
  const require = createRequire(join(root, 'apps/api/package.json'));
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require(join(root, 'apps/api/dist/database/data-source-options.js'));
  const { ReferentialImporter } = require(join(root, 'apps/api/dist/modules/referential/referential.importer.js'));
  const { loadReferentialSource } = require(join(root, 'apps/api/dist/modules/referential/referential.source.js'));
  const { CatalogueImporter } = require(join(root, 'apps/api/dist/modules/software-catalogue/catalogue.importer.js'));
  const catalogues = syntheticCatalogues(root, catalogueRecords);
  const names = [`bench_import_a_${process.pid}`, `bench_import_b_${process.pid}`];
  const [urlA, urlB] = [await scratchDatabase(databaseUrl, names[0]), await scratchDatabase(databaseUrl, names[1])];
  const a = new DataSource(dataSourceOptions(urlA, 2));
  const b = new DataSource(dataSourceOptions(urlB, 2));
  await a.initialize();
  await b.initialize();
  const file = join(os.tmpdir(), `bench-referential-${process.pid}.tsv`);
  const catalogueFile = join(os.tmpdir(), `bench-catalogue-${process.pid}.tsv`);
  const catalogueFiles = Object.keys(catalogues).map((source) =>
    join(os.tmpdir(), `bench-${source}-${process.pid}.json`),
  );
  Object.values(catalogues).forEach((text, i) => writeFileSync(catalogueFiles[i], text));
  const catalogueColumns =
    'source, external_id, name, category, licence, description, website, repository, sill_id, comptoir_id, similar_sill_ids, providers, declared_users, aliases, replaces, action_codes, dereferenced';
  const catalogueProduct = [];
  const catalogueBaseline = [];
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
        await psqlCopy(urlA, `(SELECT ${columns} FROM collectivity) TO '${file}'`);
      }
      log(`imports: \\copy, round ${i + 1}`);
      t = process.hrtime.bigint();
      await psqlCopy(urlB, `collectivity (${columns}) FROM '${file}'`);
      baseline.push(Number(process.hrtime.bigint() - t) / 1e9);

      await a.query('TRUNCATE software_catalogue_entry CASCADE');
      await b.query('TRUNCATE software_catalogue_entry CASCADE');
      log(`imports: SILL and Comptoir importers, round ${i + 1}`);
      t = process.hrtime.bigint();
      for (const [k, source] of Object.keys(catalogues).entries()) {
        await new CatalogueImporter(a).run(source, JSON.parse(readFileSync(catalogueFiles[k], 'utf8')));
      }
      catalogueProduct.push(Number(process.hrtime.bigint() - t) / 1e9);
      if (i === 0) {
        await psqlCopy(urlA, `(SELECT ${catalogueColumns} FROM software_catalogue_entry) TO '${catalogueFile}'`);
      }
      log(`imports: catalogue \\copy, round ${i + 1}`);
      t = process.hrtime.bigint();
      await psqlCopy(urlB, `software_catalogue_entry (${catalogueColumns}) FROM '${catalogueFile}'`);
      catalogueBaseline.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    const [[na], [nb]] = [
      await a.query('SELECT count(*)::int AS n FROM collectivity'),
      await b.query('SELECT count(*)::int AS n FROM collectivity'),
    ];
    const [[ca], [cb]] = [
      await a.query('SELECT count(*)::int AS n FROM software_catalogue_entry'),
      await b.query('SELECT count(*)::int AS n FROM software_catalogue_entry'),
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
        rows: ca.n,
        productSeconds: round(median(catalogueProduct)),
        copySeconds: round(median(catalogueBaseline)),
        ratio: round(median(catalogueProduct) / median(catalogueBaseline)),
        sameData: ca.n === cb.n && ca.n === 2 * catalogueRecords,
        note: `${catalogueRecords} SILL and ${catalogueRecords} Comptoir records made from the test fixtures (the repository ships no full catalogue)`,
      },
    };
  } finally {
    await a.destroy();
    await b.destroy();
    for (const f of [file, catalogueFile, ...catalogueFiles]) rmSync(f, { force: true });
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
