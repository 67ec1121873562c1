import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ANONYMOUS, Actor } from '../src/common/auth/actor';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ChainEntry, GENESIS_HASH, verifyChain } from '../src/modules/history/chain';
import { HistoryRepository } from '../src/modules/history/history.repository';
import { HistoryService } from '../src/modules/history/history.service';
import { createCommitted, createUser, grantRole } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const run = promisify(execFile);
const DIST_CLI = path.resolve(__dirname, '../dist/cli');
const DOC = path.resolve(__dirname, '../../../docs/history-verification.md');

const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;

/**
 * The test database is shared by every test file, running in parallel, and the chain is global: these tests verify
 * the whole chain and find their own entries by collectivity.
 */
describe('history hash chain', () => {
  let api: TestApi;
  let baseUrl: string;
  let tmp: string;
  beforeAll(async () => {
    api = await createTestApi();
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
    tmp = mkdtempSync(path.join(tmpdir(), 'history-chain-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** GET /history/export.jsonl as anyone (no token, no cookie). */
  async function exportLines(query = ''): Promise<string[]> {
    const response = await fetch(`${baseUrl}/history/export.jsonl${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/jsonl/);
    const text = await response.text();
    expect(text.endsWith('\n')).toBe(true);
    return text.split('\n').filter((line) => line !== '');
  }

  const parse = (lines: string[]): ChainEntry[] => lines.map((line) => JSON.parse(line));
  const indexesOf = (lines: string[], collectivityId: string) =>
    parse(lines)
      .map((entry, index) => (entry.collectivity_id === collectivityId ? index : -1))
      .filter((index) => index >= 0);

  /** A committed collectivity with a few real changes: 2 + 4 entries. */
  async function collectivityWithChanges() {
    const { collectivityId, commitmentId } = await createCommitted(api);
    for (const status of ['PLANNED', 'IN_PROGRESS', 'DONE']) {
      await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.1', status } });
    }
    await api.ok(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
      input: { commitmentId, actionCode: '1.1', title: 'Jalon « vérifiable »', date: '2026-10-01' },
    });
    return { collectivityId, commitmentId };
  }

  it('links real changes into a chain that the public export lets anyone verify', async () => {
    const { collectivityId } = await collectivityWithChanges();
    const lines = await exportLines();
    const result = await verifyChain(lines);
    expect(result).toEqual({ ok: true, count: lines.length, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const entries = parse(lines);
    expect(entries[0].prev_hash).toBe(GENESIS_HASH);
    const own = entries.filter((e) => e.collectivity_id === collectivityId);
    expect(own.map((e) => `${e.entity_type}:${e.action}:${(e.after?.status as string | undefined) ?? ''}`)).toEqual([
      'Collectivity:CREATE:',
      'Commitment:CREATE:',
      'ActionProgress:CREATE:PLANNED',
      'ActionProgress:UPDATE:IN_PROGRESS',
      'ActionProgress:UPDATE:DONE',
      'Milestone:CREATE:',
    ]);
    // Every hashed field (with the event's name and version) and the two links, nothing else.
    expect(Object.keys(own[0]).sort()).toEqual(
      [
        'action',
        'actor_id',
        'actor_label',
        'after',
        'before',
        'collectivity_id',
        'entity_id',
        'entity_type',
        'event',
        'event_version',
        'hash',
        'id',
        'occurred_at',
        'prev_hash',
      ].sort(),
    );
    expect(own.map((e) => `${e.event}@${e.event_version}`)).toEqual([
      'CollectivityCreated@1',
      'CommitmentCreated@1',
      'ActionProgressCreated@2',
      'ActionProgressUpdated@2',
      'ActionProgressUpdated@2',
      'MilestoneCreated@2',
    ]);
    expect(own[3]).toMatchObject({
      actor_id: 'operator',
      actor_label: 'platform operator',
      before: { status: 'PLANNED' },
      after: { status: 'IN_PROGRESS' },
      occurred_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });

    // The database's own chain verifies the same way, and matches the export line for line.
    const fromDb: ChainEntry[] = [];
    for await (const entry of new HistoryRepository(api.dataSource).streamChain(null, 7)) fromDb.push(entry);
    expect(fromDb.slice(0, entries.length)).toEqual(entries);
  });

  it('detects an altered, a removed and a reordered exported entry, naming the first broken one', async () => {
    const { collectivityId } = await collectivityWithChanges();
    const lines = await exportLines();
    const [, commitment, planned, inProgress] = indexesOf(lines, collectivityId);
    const idAt = (index: number) => (JSON.parse(lines[index]) as ChainEntry).id;

    const altered = [...lines];
    const forged = JSON.parse(lines[inProgress]);
    forged.after.status = 'DONE';
    altered[inProgress] = JSON.stringify(forged);
    expect(await verifyChain(altered)).toMatchObject({
      ok: false,
      count: inProgress,
      firstBrokenId: idAt(inProgress),
      reason: expect.stringMatching(/altered/),
    });

    const removed = lines.filter((_, index) => index !== planned);
    expect(await verifyChain(removed)).toMatchObject({
      ok: false,
      count: planned,
      firstBrokenId: idAt(planned + 1),
      reason: expect.stringMatching(/removed, inserted or moved/),
    });

    const reordered = [...lines];
    [reordered[commitment], reordered[planned]] = [reordered[planned], reordered[commitment]];
    expect(await verifyChain(reordered)).toMatchObject({ ok: false, count: commitment, firstBrokenId: idAt(planned) });
  });

  it('exports one collectivity’s entries, whose hashes are those of the full chain', async () => {
    const { collectivityId } = await collectivityWithChanges();
    const partial = await exportLines(`?collectivity=${collectivityId}`);
    expect(parse(partial).every((e) => e.collectivity_id === collectivityId)).toBe(true);
    expect(partial).toHaveLength(6);
    expect(await verifyChain(partial, { partial: true })).toMatchObject({ ok: true, count: 6 });
    const full = new Set(await exportLines());
    expect(partial.every((line) => full.has(line))).toBe(true);

    const bad = await fetch(`${baseUrl}/history/export.jsonl?collectivity=not-a-uuid`);
    expect(bad.status).toBe(400);
  });

  it('still refuses UPDATE and DELETE in the database, and refuses a fork of the chain', async () => {
    const { collectivityId } = await createCommitted(api);
    await expect(
      api.dataSource.query(`UPDATE audit_event SET after = '{}' WHERE collectivity_id = $1`, [collectivityId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.dataSource.query(`UPDATE audit_event SET hash = repeat('0', 64) WHERE collectivity_id = $1`, [
        collectivityId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.dataSource.query(`DELETE FROM audit_event WHERE collectivity_id = $1`, [collectivityId]),
    ).rejects.toThrow(/append-only/);
    // A second entry after the same predecessor (a fork) is refused by the unique index on prev_hash.
    await expect(
      api.dataSource.query(
        `INSERT INTO audit_event (actor_id, actor_label, collectivity_id, entity_type, entity_id, action, prev_hash, hash)
         SELECT 'forger', 'forger', collectivity_id, entity_type, entity_id, action, prev_hash, repeat('f', 64)
           FROM audit_event WHERE collectivity_id = $1 ORDER BY id LIMIT 1`,
        [collectivityId],
      ),
    ).rejects.toThrow(/ux_audit_event_prev_hash/);
  });

  it('keeps one line under concurrent writes', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const codes = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10'];
    await Promise.all(
      codes.map((actionCode) => api.ok(UPDATE, { input: { commitmentId, actionCode, status: 'PLANNED' } })),
    );
    const lines = await exportLines();
    expect(await verifyChain(lines)).toMatchObject({ ok: true, count: lines.length });
    const own = parse(lines).filter((e) => e.collectivity_id === collectivityId && e.entity_type === 'ActionProgress');
    expect(own.map((e) => e.after!.actionCode).sort()).toEqual([...codes].sort());
    const prevHashes = parse(lines).map((e) => e.prev_hash);
    expect(new Set(prevHashes).size).toBe(prevHashes.length);
  });

  it('serializes appends from many connections at once (the chain lock)', async () => {
    const { collectivityId } = await createCommitted(api);
    const history = api.app.get(HistoryService);
    const operator: Actor = { ...ANONYMOUS, kind: 'operator', id: 'operator', label: 'platform operator' };
    const dataSource = new DataSource(dataSourceOptions(process.env.PACTE_TEST_DATABASE_URL!, 6));
    await dataSource.initialize();
    try {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          dataSource.transaction(async (manager) => {
            // Something before the append, as every real write has.
            await manager.query('SELECT pg_sleep(0.005)');
            await history.record(manager, operator, {
              name: 'MilestoneCreated',
              collectivityId,
              entityId: `concurrent-${i}`,
              payload: {
                before: null,
                after: {
                  actionCode: '1.1',
                  title: `M${i}`,
                  description: null,
                  date: '2026-05-01',
                  reached: false,
                  version: 1,
                },
              },
            });
          }),
        ),
      );
    } finally {
      await dataSource.destroy();
    }
    const lines = await exportLines();
    expect(await verifyChain(lines)).toMatchObject({ ok: true, count: lines.length });
    expect(
      parse(lines).filter((e) => e.entity_id.startsWith('concurrent-') && e.collectivity_id === collectivityId),
    ).toHaveLength(30);
  });

  it('records a signed-in user by id and the role they acted in only: no name, no e-mail in the history', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const user = await createUser(api, 'Camille Dsi');
    await grantRole(api, user.id, 'IT_MANAGER', { collectivityId });
    await api.ok(
      UPDATE,
      { input: { commitmentId, actionCode: '2.1', status: 'IN_PROGRESS' } },
      { cookie: user.cookie },
    );

    const partial = await exportLines(`?collectivity=${collectivityId}`);
    const entries = parse(partial);
    expect(entries.find((e) => e.entity_type === 'ActionProgress')).toMatchObject({
      actor_id: user.id,
      actor_label: 'user:IT_MANAGER',
    });
    expect(partial.join('\n')).not.toMatch(/Camille|@example\.org/);
    const read = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { history(first: 1) { actorLabel actorRole } } }`,
      { id: collectivityId },
    );
    expect(read.collectivity.history).toEqual([{ actorLabel: 'user:IT_MANAGER', actorRole: 'IT_MANAGER' }]);
    expect(await verifyChain(await exportLines())).toMatchObject({ ok: true });
  });

  describe('commands', () => {
    const env = () => ({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!,
      LOG_LEVEL: 'warn',
    });

    async function runCli(script: string, args: string[]) {
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(DIST_CLI, script), ...args], {
          env: env(),
          maxBuffer: 256 * 1024 * 1024,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }

    it('verifies the database’s chain and exports it, then reports the first broken link of an altered file', async () => {
      const { collectivityId } = await collectivityWithChanges();
      const db = await runCli('verify-history.js', []);
      expect(db.stdout).toMatch(/^history verified \(the database\): \d+ entries, last hash [0-9a-f]{64}$/m);
      expect(db.code).toBe(0);

      const exported = await runCli('export-history.js', []);
      expect(exported.code).toBe(0);
      const file = path.join(tmp, 'history.jsonl');
      writeFileSync(file, exported.stdout);
      const lines = exported.stdout.split('\n').filter(Boolean);
      expect(indexesOf(lines, collectivityId)).toHaveLength(6);
      const ok = await runCli('verify-history.js', [file]);
      expect(ok.stdout).toContain(`history verified (${file}): ${lines.length} entries`);
      expect(ok.code).toBe(0);

      const target = indexesOf(lines, collectivityId)[4];
      const forged = JSON.parse(lines[target]);
      forged.after.status = 'NOT_STARTED';
      lines[target] = JSON.stringify(forged);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const broken = await runCli('verify-history.js', [file]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`history BROKEN (${file}) at entry id ${forged.id} (line ${target + 1})`);
    });

    it('runs the standalone script of docs/history-verification.md as written', async () => {
      const doc = readFileSync(DOC, 'utf8');
      const match = /<!-- verify-script:start -->[^`]*```js\n([\s\S]*?)```\s*<!-- verify-script:end -->/.exec(doc);
      expect(match).not.toBeNull();
      const script = path.join(tmp, 'verify-history.mjs');
      writeFileSync(script, match![1]);
      expect(match![1].split('\n').length).toBeLessThanOrEqual(25);

      const { collectivityId } = await collectivityWithChanges();
      const lines = await exportLines();
      const file = path.join(tmp, 'doc-history.jsonl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const { stdout } = await run(process.execPath, [script, file]);
      expect(stdout).toBe(`ok: ${lines.length} entries, last hash ${parse(lines).at(-1)!.hash}\n`);

      const target = indexesOf(lines, collectivityId)[3];
      const forged = JSON.parse(lines[target]);
      forged.after.progress = 100;
      lines[target] = JSON.stringify(forged);
      writeFileSync(file, `${lines.join('\n')}\n`);
      await expect(run(process.execPath, [script, file])).rejects.toMatchObject({
        code: 1,
        stderr: `broken at id ${forged.id}: hash does not match\n`,
      });
    });
  });
});

/**
 * Migrating a database that already has history: the migration chains the existing entries. Needs a PostgreSQL
 * server to create a scratch database on (CI has one); on the embedded database, this test is skipped.
 */
const onServer = process.env.PACTE_TEST_ADMIN_URL ? describe : describe.skip;
onServer('history hash chain migration', () => {
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL!;
  const name = `pacte_test_chain_${process.pid}_${Date.now()}`;
  let url: string;
  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(adminUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  });
  afterAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('chains the entries written before it, in id order, and appends after them', async () => {
    const options = dataSourceOptions(url, 2);
    const all = options.migrations as string[];
    const before = new DataSource({
      ...options,
      // The migrations that came before the chain (their files sort before it).
      migrations: [path.join(path.dirname(all[0]), '17958841383*.js')],
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    await before.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id, action,
                                before, after)
       VALUES ('2026-03-01 10:00:00.123456+01', 'operator', 'platform operator', NULL, 'Collectivity', 'x', 'CREATE',
               NULL, '{"z": 1, "a": {"é": "€", "b": [1, 2.5, null]}, "s": "ligne\\nsuivante"}'),
              ('2026-03-01 10:00:00.123999+00', 'system:démo', 'démo', '5F0C7A4E-2B1D-4C3E-9A8B-0123456789AB',
               'Signatory', 'y', 'UPDATE', '{"elected": false}', '{"elected": true}')`,
    );
    // More than one page of the migration (500), and ids past 9 and 99 (numeric, not text, order).
    await before.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_label, entity_type, entity_id, action, before, after)
       SELECT now() + n * interval '1 millisecond', 'operator', 'platform operator', 'ActionProgress', 'p:' || n,
              'UPDATE', jsonb_build_object('progress', n), jsonb_build_object('progress', n + 1, 'ratio', n / 7.0)
         FROM generate_series(1, 1200) AS n`,
    );
    await before.destroy();

    const after = new DataSource(options);
    await after.initialize();
    try {
      await after.runMigrations({ transaction: 'each' });
      const repository = new HistoryRepository(after);
      const entries: ChainEntry[] = [];
      for await (const entry of repository.streamChain()) entries.push(entry);
      expect(entries.slice(0, 2).map((e) => e.occurred_at)).toEqual([
        '2026-03-01T09:00:00.123Z',
        '2026-03-01T10:00:00.124Z',
      ]);
      expect(entries[1].collectivity_id).toBe('5f0c7a4e-2b1d-4c3e-9a8b-0123456789ab');
      expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 1202 }, (_, i) => String(i + 1)));
      expect(await verifyChain(entries.map((e) => JSON.stringify(e)))).toMatchObject({ ok: true, count: 1202 });

      const appended = await after.transaction((manager) =>
        repository.append(manager, {
          actorId: 'operator',
          actorLabel: 'platform operator',
          collectivityId: null,
          entityType: 'Collectivity',
          entityId: 'z',
          action: 'UPDATE',
          before: null,
          after: { ok: true },
        }),
      );
      expect(appended.prev_hash).toBe(entries.at(-1)!.hash);
      const chain: string[] = [];
      for await (const entry of repository.streamChain()) chain.push(JSON.stringify(entry));
      expect(await verifyChain(chain)).toMatchObject({ ok: true, count: 1203 });
      await expect(after.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    } finally {
      await after.destroy();
    }
  });
});
