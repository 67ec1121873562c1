import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, appendFileSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const BIN = process.env.PACTE_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const OS_USER = 'postgres';

/** A private PostgreSQL primary and its hot standby (streaming replication), each on its own port and folder. */
export interface StreamingReplica {
  primaryUrl: string;
  standbyUrl: string;
  /** Runs one statement on the standby, as its superuser (pg_wal_replay_pause, …). */
  onStandby<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops the standby alone, as a crash would (`pg_ctl -m immediate`). */
  stopStandby(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Why a streaming replica cannot be built here, or null when it can: the server binaries and the `postgres` OS user
 * (initdb refuses root), and root to act as that user.
 */
export function replicaUnavailable(): string | null {
  if (process.platform !== 'linux') return `needs Linux (this is ${process.platform})`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return 'needs root, to run initdb and pg_ctl as the postgres OS user (runuser)';
  }
  for (const tool of ['initdb', 'pg_ctl', 'pg_basebackup']) {
    if (!existsSync(path.join(BIN, tool))) return `no ${tool} in ${BIN} (set PACTE_TEST_PG_BIN)`;
  }
  if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'no runuser';
  return null;
}

async function asPostgres(tool: string, args: string[]): Promise<string> {
  const { stdout } = await run('runuser', ['-u', OS_USER, '--', path.join(BIN, tool), ...args], { timeout: 60_000 });
  return stdout;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Builds a primary (initdb as the postgres OS user, wal_level=replica, a replication line in its pg_hba) with an empty
 * database `database`, copies it with `pg_basebackup -R` and starts the copy as a hot standby streaming from it.
 * Everything lives in one temporary folder that `stop()` removes, with both servers (also after a failed start).
 */
export async function startStreamingReplica(database: string): Promise<StreamingReplica> {
  const root = mkdtempSync(path.join(tmpdir(), 'pacte-replica-'));
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const { uid, gid } = await run('id', ['-u', OS_USER]).then(async ({ stdout }) => ({
    uid: Number(stdout),
    gid: Number((await run('id', ['-g', OS_USER])).stdout),
  }));
  chownSync(root, uid, gid);
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse()) {
      await asPostgres('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    }
    started.length = 0;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const [primaryPort, standbyPort] = [await freePort(), await freePort()];
    await asPostgres('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    // Local sockets in the folder (not /var/run/postgresql, the machine's server's), TCP on 127.0.0.1 only; no fsync:
    // a throwaway cluster.
    const common = [
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${root}'`,
      'fsync = off',
      'full_page_writes = off',
      'shared_buffers = 32MB',
      'max_connections = 40',
    ];
    appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [...common, `port = ${primaryPort}`, 'wal_level = replica', 'max_wal_senders = 4', ''].join('\n'),
    );
    appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    await asPostgres('pg_ctl', ['-D', primaryDir, '-l', path.join(root, 'primary.log'), '-w', 'start']);
    started.push(primaryDir);
    const primaryAdmin = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
    await query(primaryAdmin, `CREATE DATABASE ${database}`);

    await asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    // The standby's own port; postgresql.auto.conf (written by -R) holds primary_conninfo, standby.signal is there.
    appendFileSync(
      path.join(standbyDir, 'postgresql.conf'),
      [`port = ${standbyPort}`, 'hot_standby = on', 'hot_standby_feedback = on', ''].join('\n'),
    );
    await asPostgres('pg_ctl', ['-D', standbyDir, '-l', path.join(root, 'standby.log'), '-w', 'start']);
    started.push(standbyDir);
    const standbyAdmin = `postgres://postgres@127.0.0.1:${standbyPort}/postgres`;
    const [{ recovering }] = await query<{ recovering: boolean }>(
      standbyAdmin,
      'SELECT pg_is_in_recovery() AS recovering',
    );
    if (!recovering) throw new Error('the copy started as a primary, not as a standby');

    const caughtUp = async (timeoutMs = 20_000) => {
      const [{ lsn }] = await query<{ lsn: string }>(primaryAdmin, 'SELECT pg_current_wal_lsn()::text AS lsn');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ behind }] = await query<{ behind: boolean }>(
          standbyAdmin,
          `SELECT coalesce(pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn, true) AS behind`,
        );
        if (!behind) return;
        if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${lsn} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    return {
      primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
      standbyUrl: `postgres://postgres@127.0.0.1:${standbyPort}/${database}`,
      onStandby: (sql) => query(standbyAdmin, sql),
      caughtUp,
      stopStandby: async () => {
        await asPostgres('pg_ctl', ['-D', standbyDir, '-m', 'immediate', '-w', 'stop']);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
