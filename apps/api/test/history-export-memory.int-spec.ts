import { get, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { writeHistoryExport } from '../src/modules/history/history-export';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { createTestApi, TestApi } from './support/test-app';

/** Entries generated in SQL, each with ~1 KB of `after`: about 200 MB of export in all. */
const ROWS = 200_000;
const MB = 1024 * 1024;

/** A slow client's side (a few milliseconds a chunk), counting what it reads. */
function slowReader() {
  const read = { bytes: 0, lines: 0 };
  let chunks = 0;
  const writable = new Writable({
    highWaterMark: 1 << 16,
    write(chunk: Buffer, _encoding, done) {
      read.bytes += chunk.length;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) read.lines += 1;
      chunks += 1;
      // Slower than the database: every 8th chunk waits 5 ms.
      if (chunks % 8 === 0) setTimeout(done, 5);
      else done();
    },
  });
  return { writable, read };
}

/**
 * Runs `copy` (the export written to a slow client) while sampling the process's RSS: a producer that ignored
 * back-pressure would pile the export up in memory. Returns the bytes read and the RSS growth over the start.
 */
async function measured(
  copy: (destination: Writable) => Promise<unknown>,
): Promise<{ bytes: number; lines: number; growthMb: number; peakMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const { writable, read } = slowReader();
  try {
    await copy(writable);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ...read, growthMb: (peak - start) / MB, peakMb: peak / MB };
}

// A database of its own: 200,000 entries would slow every other suite's history reads.
onServer('history export memory: flat whatever the size of the history', () => {
  let db: OwnDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createOwnDatabase('histmem');
    api = await createTestApi({}, { databaseUrl: db.url });
    // Append-only: inserts are allowed. Hashes are distinct placeholders (the export does not check the chain).
    await api.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id, action,
                                event, event_version, before, after, prev_hash, hash)
       SELECT timestamptz '2026-04-01 00:00:00+00' + n * interval '1 second', 'system:bench', 'bench', NULL,
              'ActionProgress', md5(n::text), 'UPDATE', 'ActionProgressUpdated', 1, NULL,
              jsonb_build_object('justification', repeat(md5(n::text), 30), 'status', 'IN_PROGRESS', 'n', n),
              md5((n - 1)::text) || md5(n::text), md5(n::text) || md5((n - 1)::text)
         FROM generate_series(1, $1::int) AS n`,
      [ROWS],
    );
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it(`the JSON Lines export (COPY) of ${ROWS} entries: RSS grows less than 8 MB for ~200 MB written`, async () => {
    const pool = (api.dataSource.driver as unknown as { master: Pool }).master;
    // A first export sizes the process's heap and buffer pools as a serving process already has them (a fresh jest
    // worker grew 70 MB on its first export, one that had run other suites less): the bound is on the second.
    await measured((destination) => writeHistoryExport(pool, null, destination));
    const { bytes, lines, growthMb } = await measured((destination) => writeHistoryExport(pool, null, destination));
    expect(lines).toBe(ROWS);
    expect(bytes).toBeGreaterThan(190 * MB);
    // No buffer made per chunk (copy-out.ts): 0.1 MB measured; through pg-copy-streams and a Transform, 16.6 MB.
    expect(growthMb).toBeLessThan(8);
  }, 600_000);

  /**
   * GET a path of the app with node:http, whose response pauses the socket when the reader is slow. The client is this
   * process too: its own socket reads are in the growth measured.
   */
  const download = async (path: string) => {
    const { port } = api.app.getHttpServer().address();
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`http://127.0.0.1:${port}${path}`, resolve).on('error', reject),
    );
    expect(response.statusCode).toBe(200);
    return measured((destination) => pipeline(response, destination));
  };

  it(`GET /history/export.jsonl over HTTP, read slowly: RSS grows less than 64 MB`, async () => {
    const { bytes, lines, growthMb } = await download('/history/export.jsonl');
    expect(lines).toBe(ROWS);
    expect(bytes).toBeGreaterThan(190 * MB);
    expect(growthMb).toBeLessThan(64);
  }, 600_000);

  // The open-data dataset, written by PostgreSQL too (COPY's CSV; JSON objects framed as an array): no object per entry.
  it.each([
    ['csv', ROWS + 1],
    ['json', ROWS + 2],
  ])(
    `GET /exports/history.%s over HTTP, read slowly: RSS grows less than 64 MB`,
    async (format, expectedLines) => {
      const { bytes, lines, growthMb, peakMb } = await download(`/exports/history.${format}`);
      expect(lines).toBe(expectedLines);
      expect(bytes).toBeGreaterThan(190 * MB);
      expect(growthMb).toBeLessThan(64);
      // The whole test process (jest, the compiler, the app, the client reading, and whatever suites the worker ran
      // before): stated for bench/README.md, not bounded here (the built API's own size is measured in the bench).
      process.stdout.write(
        `/exports/history.${format}: RSS growth ${growthMb.toFixed(1)} MB, peak ${peakMb.toFixed(0)} MB\n`,
      );
    },
    600_000,
  );

  // A reader that leaves mid-download must not leave PostgreSQL blocked sending the rest (a connection held forever).
  it.each(['/history/export.jsonl', '/exports/history.csv', '/exports/history.json', '/exports/history.ods'])(
    '%s: a client that goes away mid-copy lets the COPY end',
    async (path) => {
      const { port } = api.app.getHttpServer().address();
      const response = await new Promise<IncomingMessage>((resolve, reject) =>
        get(`http://127.0.0.1:${port}${path}`, resolve).on('error', reject),
      );
      await new Promise((resolve) => response.once('data', resolve));
      response.destroy();
      const copies = async () =>
        Number(
          (
            await api.dataSource.query(
              `SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'COPY (%' AND pid <> pg_backend_pid()`,
            )
          )[0].n,
        );
      // Polled until it ends: the test's own timeout bounds the wait.
      while ((await copies()) > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await copies()).toBe(0);
    },
    120_000,
  );
});
