#!/usr/bin/env node
// npm run bench -- [--database-url URL] [--samples 200] [--duration 10] [--only a,b] [--no-write]
//
// Measures the product against a baseline IN THE SAME RUN, interleaved, on the database given (build it with
// `npm run seed:national`), checks that both return the same data, and writes bench/results/<date>.json and the
// table of bench/README.md. Never part of `npm test`. Needs the built app (`npm run build`) and psql.
// Scenarios: overview, page, throughput, export, imports, bundle (see bench/README.md).
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { COLLECTIVITY_PAGE_SQL, OVERVIEW_SQL, compareOverviews, comparePages } from './baseline.mjs';
import { measureExport, measureImports } from './io-scenarios.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL },
    port: { type: 'string', default: '40300' },
    samples: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    only: { type: 'string' },
    // The same dataset with fewer history entries (seed:national --history 500000): the overview is also measured on
    // it, interleaved, to show its time does not grow with the history.
    'small-history-url': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const databaseUrl = opts['database-url'];
if (!databaseUrl)
  throw new Error('--database-url (or BENCH_DATABASE_URL) is required: a database seeded by seed:national');
const port = Number(opts.port);
const samples = Number(opts.samples);
const duration = Number(opts.duration);
const only = opts.only ? new Set(opts.only.split(',')) : null;
const wanted = (name) => !only || only.has(name);
const log = (m) => console.error(`[bench] ${m}`);

// ---------------------------------------------------------------------------------------------------------------
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1]) };
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const time = async (fn) => {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
};

/** The dashboard's own document (apps/web), sent whole with its operation name. */
const documentOf = (feature) =>
  readFileSync(join(root, `apps/web/src/features/${feature}/graphql/${feature}.graphql`), 'utf8');
const OVERVIEW_DOC = documentOf('overview');
const PAGE_DOC = documentOf('collectivity');

/**
 * Starts a process and samples its RSS every 100 ms; resolves when `ready` is printed. The start's own peak (a first
 * start after seed:national rebuilds the statistics from the history: minutes, and more memory than serving) is kept
 * apart from the peak while serving, which the scenarios measure.
 */
async function startProcess(name, args, env, ready) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // `max`: the peak since the start was done (serving); `windowMax`: the peak since a scenario last set it to 0 (the
  // HTTP export's own), which leaves `max` whole.
  const rss = { max: 0, start: 0, windowMax: 0 };
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      rss.max = Math.max(rss.max, kb * 1024);
      rss.windowMax = Math.max(rss.windowMax, kb * 1024);
    } catch {
      /* gone */
    }
  }, 100);
  let deadline;
  let started = false;
  await new Promise((res, rej) => {
    // Only the output's tail is kept, and `ready` is looked for until it shows: the API writes a line per request, and
    // appending them all to one string searched on every chunk made this process's CPU grow with the run, on the
    // cores the API and PostgreSQL are measured on.
    const onData = (d) => {
      out = (out + d).slice(-16_384);
      if (!started && ready.test(out)) {
        started = true;
        res();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (started) log(`${name} exited (${code}) while serving; its last output:\n${out.slice(-4000)}`);
      else rej(new Error(`${name} exited (${code}):\n${out.slice(-2000)}`));
    });
    deadline = setTimeout(() => rej(new Error(`${name} not ready after 15 min:\n${out.slice(-2000)}`)), 900_000);
  })
    .finally(() => clearTimeout(deadline))
    .catch((error) => {
      clearInterval(timer);
      child.kill('SIGTERM');
      throw error;
    });
  rss.start = rss.max;
  rss.max = 0;
  return {
    child,
    rss,
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode !== null || child.signalCode !== null) return; // stopped already
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
      await once(child, 'exit').catch(() => undefined);
    },
  };
}

async function graphql(document, operationName, variables, onPort = port) {
  const response = await fetch(`http://127.0.0.1:${onPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, operationName, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  if (!response.ok || body.errors)
    throw new Error(`${operationName}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Waits until the API answers a small request again (autocannon leaves requests queued behind it). */
async function settle() {
  for (let i = 0; i < 120; i += 1) {
    const [ms] = await time(() =>
      fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) })
        .then((r) => r.arrayBuffer())
        .catch(() => null),
    );
    if (ms < 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function cannon(title, options) {
  const result = await autocannon({ duration, timeout: 30, ...options });
  await settle();
  const ok = result['2xx'];
  return {
    title,
    connections: options.connections,
    requestsPerSecond: round(ok / duration, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Every script the home page loads in Chromium (until it shows its figures, charts and map, and the network is idle),
 * gzipped as a server would send it.
 */
async function homePageScripts() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().then((b) => ({ url: response.url(), gzip: gzipSync(b, { level: 9 }).length })));
    });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle', timeout: 120_000 });
    // On a busy machine the network can be idle for 500 ms while the browser still runs the first chunks, before the
    // page asks for its messages, its figures, its charts and its map (a run at load 19 counted 133 KiB, less than the
    // first route): wait until the page shows them all (the map's section there, no loading state or chart placeholder
    // left), by which time it has asked for every script they need.
    await page.locator('.commitments-map').waitFor({ timeout: 120_000 });
    const pending = page.locator('.loading, .chart-placeholder');
    while ((await pending.count()) > 0) await pending.first().waitFor({ state: 'detached', timeout: 120_000 });
    const loaded = await Promise.all(scripts);
    return { homePageGzipKiB: round(loaded.reduce((t, s) => t + s.gzip, 0) / 1024, 1), homePageScripts: loaded.length };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const count = async (table) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
const dataset = {};
for (const table of [
  'collectivity',
  'candidate_list',
  'signatory',
  'commitment',
  'action_progress',
  'milestone',
  'evidence',
  'evidence_action',
  'audit_event',
]) {
  dataset[table] = await count(table);
}
/** Node's flags in `npm start` (package.json), which the bench starts the API with: one place to change them. */
const START_FLAGS = (() => {
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  const flags = /\bnode ((?:--\S+ )*)apps\/api\/dist\/main\.js/.exec(start);
  if (!flags) throw new Error(`package.json's start script does not run apps/api/dist/main.js with node: ${start}`);
  return flags[1].split(' ').filter(Boolean);
})();

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
  },
  apiNodeFlags: START_FLAGS,
  loadAverageAtStart: os.loadavg().map((x) => round(x)),
  dataset,
  scenarios: {},
};
log(`dataset: ${JSON.stringify(dataset)}; load average ${results.loadAverageAtStart.join(' ')}`);

/** The built API as `npm start` runs it, in production mode, on a database seeded by seed:national. */
const startApi = (name, url, onPort) =>
  startProcess(
    name,
    [...START_FLAGS, 'apps/api/dist/main.js'],
    {
      DATABASE_URL: url,
      PORT: String(onPort),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      LOAD_DEMO: 'false',
      IMPORT_REFERENTIAL_ON_START: 'false',
      SECURE_COOKIES: 'false',
    },
    /GraphQL API on/,
  );
const needsApi = ['overview', 'page', 'throughput', 'export', 'bundle'].some(wanted);
const api = needsApi ? await startApi('API', databaseUrl, port) : null;
const smallHistoryUrl = wanted('overview') ? opts['small-history-url'] : undefined;
const smallDb = smallHistoryUrl ? new pg.Pool({ connectionString: smallHistoryUrl, max: 1 }) : null;
const smallHistory = smallDb
  ? Number((await smallDb.query('SELECT count(*) AS n FROM audit_event')).rows[0].n)
  : undefined;
const smallApi = smallDb ? await startApi('API on the smaller history', smallHistoryUrl, port + 2) : null;
const bare =
  wanted('throughput') || wanted('overview')
    ? await startProcess(
        'bare server',
        ['bench/bare-server.mjs'],
        { DATABASE_URL: databaseUrl, PORT: String(port + 1) },
        /bare server ready/,
      )
    : null;

try {
  if (wanted('overview')) {
    log('national overview: product vs raw SQL, interleaved');
    const product = [];
    const baseline = [];
    const small = [];
    let differs = null;
    let failures = 0;
    const budget = Date.now() + 120_000;
    for (let i = 0; i < Math.min(samples, 100) && Date.now() < budget; i += 1) {
      const [tp, p] = await time(() => graphql(OVERVIEW_DOC, 'NationalOverview').catch((e) => ({ error: e.message })));
      const [tb, b] = await time(async () => JSON.parse((await db.query(OVERVIEW_SQL)).rows[0].overview));
      baseline.push(tb);
      if (smallApi) {
        const [ts, s] = await time(() =>
          graphql(OVERVIEW_DOC, 'NationalOverview', undefined, port + 2).catch((e) => ({ error: e.message })),
        );
        if (s.error) differs ??= `on the smaller history: ${s.error}`;
        else small.push(ts);
      }
      if (p.error) {
        failures += 1;
        differs = p.error;
        if (failures >= 3) break;
        continue;
      }
      product.push(tp);
      differs ??= compareOverviews(p, b);
    }
    results.scenarios.overview = {
      product: product.length ? stats(product) : null,
      baseline: stats(baseline),
      ratioMedian: product.length ? round(stats(product).median / stats(baseline).median) : null,
      failures,
      sameData: differs === null,
      differs,
      ...(smallApi
        ? {
            historyEntries: dataset.audit_event,
            smallerHistory: { historyEntries: smallHistory, product: small.length ? stats(small) : null },
          }
        : {}),
      note: 'at most 100 samples or 120 s; baseline: the same figures (commitments, signatories, signing lists, actions done, by source, by région) by raw SQL; the timeline is not recomputed',
    };
    // The second API is done: it should not hold memory or connections while the other scenarios run.
    await smallApi?.stop();
  }

  const { rows: committed } = await db.query(
    `SELECT c.kind, c.code FROM commitment m JOIN collectivity c ON c.id = m.collectivity_id
      WHERE m.edition = '2026' ORDER BY md5(c.code) LIMIT 250`,
  );
  if (wanted('page')) {
    log(`collectivity page over ${committed.length} committed collectivities: product vs raw SQL, interleaved`);
    const product = [];
    const baseline = [];
    const differences = [];
    // Warm-up, not measured: each side answers the pages once first, as a server that has been running does (V8's
    // compilers and graphql-jit's compilation of the document on the product's side, PostgreSQL's buffers and plans on
    // both). Without it the first round measures the start: its median was ~30 % above the next rounds' (issue 12).
    for (const { kind, code } of committed) {
      await graphql(PAGE_DOC, 'CollectivityPage', { kind, code });
      await db.query(COLLECTIVITY_PAGE_SQL, [kind, code]);
    }
    for (let round2 = 0; round2 < Math.max(1, Math.ceil(samples / committed.length)); round2 += 1) {
      for (const { kind, code } of committed) {
        const [tp, p] = await time(() => graphql(PAGE_DOC, 'CollectivityPage', { kind, code }));
        const [tb, b] = await time(async () =>
          JSON.parse((await db.query(COLLECTIVITY_PAGE_SQL, [kind, code])).rows[0].page),
        );
        product.push(tp);
        baseline.push(tb);
        const d = comparePages(p.collectivity, b);
        if (d) differences.push(`${kind} ${code}: ${d}`);
      }
    }
    results.scenarios.collectivityPage = {
      collectivities: committed.length,
      product: stats(product),
      baseline: stats(baseline),
      ratioMedian: round(stats(product).median / stats(baseline).median),
      sameData: differences.length === 0,
      differences: differences.slice(0, 5),
    };
  }

  if (wanted('throughput')) {
    const { kind, code } = committed[Math.floor(committed.length / 2)];
    const page = JSON.stringify({ query: PAGE_DOC, operationName: 'CollectivityPage', variables: { kind, code } });
    const overview = JSON.stringify({ query: OVERVIEW_DOC, operationName: 'NationalOverview' });
    const post = (body) => ({
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const runs = [];
    for (const connections of [10, 50]) {
      log(`throughput at ${connections} connections (${duration} s each)`);
      runs.push(await cannon('collectivity page, API', { ...post(page), connections }));
      runs.push(
        await cannon('collectivity page, bare', {
          url: `http://127.0.0.1:${port + 1}/collectivity/${kind}/${code}`,
          connections,
        }),
      );
      runs.push(await cannon('overview, API', { ...post(overview), connections }));
      runs.push(await cannon('overview, bare', { url: `http://127.0.0.1:${port + 1}/overview`, connections }));
    }
    results.scenarios.throughput = { collectivity: `${kind} ${code}`, runs };
  }

  if (wanted('export')) {
    log('history export: HTTP and CLI vs psql \\copy of the same lines');
    results.scenarios.historyExport = await measureExport({
      root,
      databaseUrl,
      port,
      rows: dataset.audit_event,
      apiRss: api?.rss,
      log,
    });
  }
  if (wanted('bundle')) {
    log('dashboard JavaScript: the first route, and all the home page loads in Chromium');
    if (!existsSync(join(root, 'apps/web/dist/.vite/manifest.json'))) {
      execFileSync('npm', ['run', 'build', '-w', '@pacte/web'], { cwd: root, stdio: 'ignore' });
    }
    const report = JSON.parse(
      execFileSync(process.execPath, ['bench/bundle-size.mjs', '--json', '--no-build'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    results.scenarios.bundle = {
      firstRouteGzipKiB: round(report.firstRoute.gzip / 1024, 1),
      totalGzipKiB: round(report.total.gzip / 1024, 1),
      ...(api ? await homePageScripts() : {}),
    };
  }
  if (api)
    results.scenarios.apiRss = { maxMiB: round(api.rss.max / 2 ** 20, 1), startMiB: round(api.rss.start / 2 ** 20, 1) };
} finally {
  await api?.stop();
  await smallApi?.stop();
  await smallDb?.end();
  await bare?.stop();
}

if (wanted('imports')) {
  log('referential import vs COPY of the same rows (scratch databases)');
  results.scenarios.imports = await measureImports({ root, databaseUrl, log });
}
await db.end();
results.loadAverageAtEnd = os.loadavg().map((x) => round(x));

console.log(JSON.stringify(results, null, 2));
if (!opts['no-write']) {
  const { writeResults } = await import('./report.mjs');
  writeResults(root, results);
}
