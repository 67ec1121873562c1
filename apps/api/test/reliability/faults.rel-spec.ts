import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { ReliabilityReport } from './support/report';
import { TcpProxy } from './support/tcp-proxy';

const TOKEN = 'reliability-operator-token-0123456789';
const DIST = path.resolve(__dirname, '../../dist/cli');
const report = new ReliabilityReport('faults');
const databaseUrl = () => process.env.PACTE_TEST_DATABASE_URL!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Runs a CLI of the built app on the test database; kills it with SIGKILL when `killWhen` matches its output. */
function runCli(script: string, args: string[], killWhen?: RegExp) {
  const child = spawn(process.execPath, [path.join(DIST, script), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (killWhen && killWhen.test(output) && child.exitCode === null) child.kill('SIGKILL');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
}

describe('reliability: faults', () => {
  afterAll(() => report.write());

  describe('PostgreSQL unreachable, then back', () => {
    let proxy: TcpProxy;
    let app: SpawnedApp;
    beforeAll(async () => {
      const target = new URL(databaseUrl());
      proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
      const port = await proxy.start();
      target.hostname = '127.0.0.1';
      target.port = String(port);
      app = await spawnApp({
        DATABASE_URL: target.toString(),
        ADMIN_API_TOKEN: TOKEN,
        LOAD_DEMO: 'false',
        IMPORT_REFERENTIAL_ON_START: 'false',
      });
    });
    afterAll(async () => {
      await app?.stop();
      await proxy?.stop();
    });

    const post = async (query: string, variables: object = {}) => {
      const started = Date.now();
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      return { status: response.status, ms: Date.now() - started, body: (await response.json()) as any };
    };
    const health = async () => {
      const started = Date.now();
      const response = await fetch(`${app.url}/health`, { signal: AbortSignal.timeout(15_000) });
      return { status: response.status, ms: Date.now() - started, body: (await response.json()) as any };
    };

    it('answers 503 with a clear code while the database is away, recovers by itself, loses no acknowledged write', async () => {
      const base = randomInt(10_000_000, 80_000_000);
      const acknowledged: string[] = [];
      const statuses: Record<string, number> = {};
      let n = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          n += 1;
          const siren = `9${base + n}`;
          try {
            const answer = await post(
              `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
              { input: { kind: 'SYNDICAT', siren, name: `Panne ${siren}`, departementCode: '38', population: 10 } },
            );
            const key = `${answer.status} ${answer.body.errors?.[0]?.extensions?.code ?? 'ok'}`;
            statuses[key] = (statuses[key] ?? 0) + 1;
            if (answer.body.data?.createCollectivity?.id) acknowledged.push(answer.body.data.createCollectivity.id);
          } catch {
            statuses['no answer'] = (statuses['no answer'] ?? 0) + 1;
          }
          await sleep(50);
        }
      })();

      try {
        await outageAndBack();
      } finally {
        writing = false;
        await writer;
      }
      const rows = await sql<{ id: string }>(`SELECT id FROM collectivity WHERE id = ANY($1::uuid[])`, [acknowledged]);
      expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
      expect(statuses['503 DATABASE_UNAVAILABLE']).toBeGreaterThan(0);
      expect(Object.keys(statuses).every((k) => k === '200 ok' || k === '503 DATABASE_UNAVAILABLE')).toBe(true);
      report.add({
        tried: 'a write every 50 ms while a proxy in front of PostgreSQL cuts every connection for ~3 s, then returns',
        held: '/health and GraphQL answered 503 DATABASE_UNAVAILABLE meanwhile (never a 500), the process stayed up, recovered by itself, and every acknowledged write is in the database',
        figures: { ...statuses, acknowledged: acknowledged.length, ...figures },
      });
    });

    const figures: Record<string, number> = {};
    async function outageAndBack(): Promise<void> {
      await sleep(1500);
      expect((await health()).status).toBe(200);
      await proxy.stop();
      const outageStarted = Date.now();
      await sleep(500);

      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body.code).toBe('DATABASE_UNAVAILABLE');
      const read = await post(`{ searchCollectivities(query: "grenoble") { nodes { code } } }`);
      expect(read.status).toBe(503);
      expect(read.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(read.body.errors[0].message).toMatch(/database cannot be reached/);
      const anonymous = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'pacte_session=some-session' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(anonymous.status).toBe(503);
      await sleep(2000);
      expect(app.process.exitCode).toBeNull();

      await proxy.start();
      const backAt = Date.now();
      let recovered = await health();
      while (recovered.status !== 200 && Date.now() - backAt < 20_000) {
        await sleep(250);
        recovered = await health();
      }
      expect(recovered.status).toBe(200);
      Object.assign(figures, {
        healthMsWhileDown: down.ms,
        graphqlMsWhileDown: read.ms,
        outageMs: backAt - outageStarted,
        recoveryMs: Date.now() - backAt,
      });
      await sleep(1000);
    }
  });

  describe('SIGKILL during a catalogue import and during a bulk update', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacte-faults-'));
    const COUNT = 6000;
    const first = randomInt(5_000_000, 6_000_000);
    const template = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/sill.json'), 'utf8'))[0] as Record<
      string,
      unknown
    >;
    const file = (name: string, suffix: string) => {
      const records = Array.from({ length: COUNT }, (_, i) => ({
        ...template,
        id: first + i,
        name: `Logiciel ${first + i}${suffix}`,
        similarSoftwares: [],
      }));
      const target = path.join(dir, name);
      writeFileSync(target, JSON.stringify(records));
      return target;
    };
    const ids = Array.from({ length: COUNT }, (_, i) => String(first + i));
    const names = () =>
      sql<{ name: string }>(
        `SELECT name FROM software_catalogue_entry WHERE source = 'SILL' AND external_id = ANY($1::text[])`,
        [ids],
      );
    const partway = /: (\d+)\/(\d+) written/;

    it('leaves all rows or none, and the history chain verifies', async () => {
      const imported = file('sill.json', '');
      const killed = await runCli('import-sill.js', [imported], partway);
      expect(killed.signal).toBe('SIGKILL');
      const afterKill = (await names()).length;
      expect(afterKill).toBe(0);
      const done = await runCli('import-sill.js', [imported]);
      expect(done.code).toBe(0);
      expect((await names()).length).toBe(COUNT);

      const renamed = file('sill-v2.json', ' v2');
      const killedUpdate = await runCli('import-sill.js', [renamed], partway);
      expect(killedUpdate.signal).toBe('SIGKILL');
      const afterUpdateKill = await names();
      expect(afterUpdateKill.filter((r) => r.name.endsWith(' v2'))).toHaveLength(0);
      const updated = await runCli('import-sill.js', [renamed]);
      expect(updated.code).toBe(0);
      expect((await names()).filter((r) => r.name.endsWith(' v2'))).toHaveLength(COUNT);

      const verified = await runCli('verify-history.js', []);
      expect(verified.output).toMatch(/history verified/);
      expect(verified.code).toBe(0);
      report.add({
        tried: `SIGKILL of import:sill (${COUNT} new entries) once it reported rows written, then of the same import updating all ${COUNT}`,
        held: 'after each kill: none of the rows (not a partial set); a rerun writes all; history:verify passes',
        figures: { rowsAfterImportKill: afterKill, renamedAfterUpdateKill: 0 },
      });
    });
  });
});
