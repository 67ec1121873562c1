import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '../config/config';
import { openDatabase, type OpenDatabase } from './open-database';

// Creating a data folder runs initdb in WebAssembly: several seconds.
const SLOW = 120_000;

describe('openDatabase on the embedded PostgreSQL', () => {
  let tmp: string;
  let database: OpenDatabase | undefined;
  let pool: Pool | undefined;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'open-database-'));
  });

  afterAll(async () => {
    await pool?.end();
    await database?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it(
    'gives the app one connection, through which concurrent transactions and reads all succeed',
    async () => {
      database = await openDatabase(loadConfig({ DATA_DIR: path.join(tmp, 'data') }), () => undefined);
      expect(database.embedded).toBe(true);
      // With several connections, pglite-socket interleaves their protocol messages around a transaction's start and a
      // read loses its unnamed portal ('portal "" does not exist'): the workload below failed with a pool of 8.
      expect(database.poolMax).toBe(1);
      pool = new Pool({ connectionString: database.url, max: database.poolMax, connectionTimeoutMillis: 30_000 });
      await pool.query('CREATE TABLE towns (id serial PRIMARY KEY, population int NOT NULL)');
      const failures: string[] = [];
      const read = (n: number) =>
        pool!
          .query('SELECT count(*) FROM towns WHERE population > $1', [n])
          .catch((e: Error) => failures.push(e.message));
      const write = async (n: number) => {
        const client = await pool!.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO towns (population) VALUES ($1)', [n]);
          await client.query('SELECT id FROM towns WHERE population = $1', [n]);
          await client.query('COMMIT');
        } catch (e) {
          failures.push((e as Error).message);
          await client.query('ROLLBACK').catch(() => undefined);
        } finally {
          client.release();
        }
      };
      for (let round = 0; round < 20; round++) {
        await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? write(round * 40 + i) : read(i))));
      }
      expect(failures).toEqual([]);
      expect((await pool.query('SELECT count(*)::int AS n FROM towns')).rows[0].n).toBe(20 * 14);
    },
    SLOW,
  );
});
