import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Pool, type PoolClient } from 'pg';
import { LOCK_FILE_NAME } from './data-dir-lock';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

// Creating a data folder runs initdb in WebAssembly: several seconds.
const SLOW = 120_000;

describe('startEmbeddedPostgres', () => {
  let tmp: string;
  const running: EmbeddedPostgres[] = [];
  const pools: Pool[] = [];

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-postgres-'));
  });

  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.end()));
    await Promise.all(running.splice(0).map((pg) => pg.stop()));
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function start(dataDir: string, logger?: (msg: string) => void): Promise<EmbeddedPostgres> {
    const pg = await startEmbeddedPostgres({ dataDir, logger });
    running.push(pg);
    return pg;
  }

  function poolFor(pg: EmbeddedPostgres): Pool {
    const pool = new Pool({ connectionString: pg.url, max: pg.maxConnections });
    pools.push(pool);
    return pool;
  }

  async function stop(pg: EmbeddedPostgres): Promise<void> {
    await Promise.all(pools.splice(0).map((pool) => pool.end()));
    await pg.stop();
    running.splice(running.indexOf(pg), 1);
  }

  it(
    'serves node-postgres, isolates concurrent transactions, has unaccent and pg_trgm, and persists across restarts',
    async () => {
      const dataDir = path.join(tmp, 'main', 'data'); // parents missing on purpose
      const first = await start(dataDir);
      expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${first.port}/postgres`);
      expect(first.port).toBeGreaterThan(0);

      const pool = poolFor(first);
      await pool.query('CREATE TABLE towns (id serial PRIMARY KEY, name text NOT NULL UNIQUE)');
      await pool.query('INSERT INTO towns (name) VALUES ($1)', ['Échirolles']);

      // Two transactions in flight on two connections: one commits, one rolls back.
      const [kept, dropped] = await Promise.all([pool.connect(), pool.connect()]);
      const transaction = async (client: PoolClient, name: string, end: 'COMMIT' | 'ROLLBACK') => {
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO towns (name) VALUES ($1)', [name]);
          await client.query(end);
        } finally {
          client.release();
        }
      };
      await Promise.all([transaction(kept, 'Grenoble', 'COMMIT'), transaction(dropped, 'Ghost town', 'ROLLBACK')]);

      // Many at once, on every connection of the pool.
      await Promise.all(
        Array.from({ length: 3 * first.maxConnections }, async (_, i) => {
          const client = await pool.connect();
          await transaction(client, `Town ${i}`, i % 2 === 0 ? 'COMMIT' : 'ROLLBACK');
        }),
      );
      const names = (await pool.query<{ name: string }>('SELECT name FROM towns')).rows.map((r) => r.name);
      expect(names).toContain('Grenoble');
      expect(names).not.toContain('Ghost town');
      expect(names.filter((n) => n.startsWith('Town ')).sort()).toEqual(
        Array.from({ length: 3 * first.maxConnections }, (_, i) => `Town ${i}`)
          .filter((_, i) => i % 2 === 0)
          .sort(),
      );

      await pool.query('CREATE EXTENSION IF NOT EXISTS unaccent');
      await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      const { rows } = await pool.query(
        `SELECT unaccent('Échirolles') AS plain, similarity('echirolles', unaccent('Échirolles')) AS trigram`,
      );
      expect(rows[0]).toEqual({ plain: 'Echirolles', trigram: 1 });

      await stop(first);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);

      const second = await start(dataDir);
      const found = await poolFor(second).query<{ name: string }>(
        `SELECT name FROM towns WHERE unaccent(name) ILIKE unaccent($1) ORDER BY name`,
        ['echirolles'],
      );
      expect(found.rows).toEqual([{ name: 'Échirolles' }]);
    },
    SLOW,
  );

  it(
    'refuses a second start on a data folder in use, and takes over the lock of a dead process',
    async () => {
      const dataDir = path.join(tmp, 'locked');
      fs.mkdirSync(dataDir);
      const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
      fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), `${deadPid}\n`);

      const messages: string[] = [];
      const pg = await start(dataDir, (msg) => messages.push(msg));
      expect(messages.join('\n')).toContain(`stale lock of process ${deadPid}`);
      expect(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.pid));

      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `data folder ${dataDir} is in use by process ${process.pid}`,
      );
      // The refused start left the running instance and its lock alone.
      expect((await poolFor(pg).query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.pid));
    },
    SLOW,
  );

  it('rejects an invalid connection limit before touching the data folder', async () => {
    const dataDir = path.join(tmp, 'untouched');
    await expect(startEmbeddedPostgres({ dataDir, maxConnections: 0 })).rejects.toThrow(/maxConnections/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
