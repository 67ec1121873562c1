import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';

export type CopyValue = string | number | boolean | null | readonly string[];

/** Characters COPY's text format escapes with a backslash, and those an array literal's quoted element escapes. */
const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIAL_ALL = /[\\\n\r\t]/g;
const ELEMENT_SPECIAL = /[\\"]/;
const ELEMENT_SPECIAL_ALL = /[\\"]/g;

/**
 * One field in COPY's text format: `\N` for null, backslash escapes, arrays as `{"a","b"}` literals. Text without a
 * character to escape (nearly all of it) is returned as it is, without a replacement pass: this runs once per field
 * of bulk loads of hundreds of thousands of rows.
 */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else {
    text = '{';
    for (let i = 0; i < value.length; i += 1) {
      const element = value[i];
      text += `${i === 0 ? '' : ','}"${ELEMENT_SPECIAL.test(element) ? element.replace(ELEMENT_SPECIAL_ALL, '\\$&') : element}"`;
    }
    text += '}';
  }
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(COPY_SPECIAL_ALL, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** One row as a line of COPY's text format. */
function copyLine(row: readonly CopyValue[]): string {
  let line = copyField(row[0]);
  for (let i = 1; i < row.length; i += 1) line += `\t${copyField(row[i])}`;
  return `${line}\n`;
}

/**
 * Writes rows into `table` with `COPY … FROM STDIN` (text format), honouring back-pressure, in the client's current
 * transaction. Rows come from any iterable, so millions of them never sit in memory at once.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let count = 0;
  let buffer = '';
  for (const row of rows) {
    buffer += copyLine(row);
    count += 1;
    if (buffer.length >= 1 << 16) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  if (buffer) stream.write(buffer);
  stream.end();
  await finished(stream);
  return count;
}

/** The size of a message of {@link copyRowsPipelined}. */
const MESSAGE = 1 << 18;

/**
 * Writes rows into `table` with `COPY … FROM STDIN` (text format) in the client's current transaction, making them as
 * they are sent: `rows` may be a generator that builds each row when asked. Their text goes to the connection in
 * messages of 256 KiB, and the next message is made while the connection hands the last one to PostgreSQL, so the
 * database works on the first rows while Node makes the rest. Back-pressure: Node waits for the connection only when
 * the last message is still queued when the next is ready (at most two in memory, one of them queued). `onSent` is
 * told how many rows were handed over after each message.
 *
 * An error of the database stops the rows from being made; an error of `rows` sends PostgreSQL a CopyFail (the COPY
 * writes nothing). Either way the returned promise rejects with it, and the caller's transaction rolls back.
 */
export async function copyRowsPipelined(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onSent: (rows: number) => void = () => undefined,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let failed = false;
  stream.once('error', () => (failed = true));
  const done = finished(stream);
  done.catch(() => undefined); // awaited below: handled there, not reported as unhandled meanwhile
  let queued: Promise<unknown> | null = null;
  let buffer = '';
  let count = 0;
  try {
    for (const row of rows) {
      buffer += copyLine(row);
      count += 1;
      if (buffer.length >= MESSAGE) {
        if (queued) await queued;
        queued = null;
        // After an error of the database, the connection no longer takes copy data: what it said is thrown below.
        if (failed) break;
        if (!stream.write(buffer)) queued = once(stream, 'drain');
        buffer = '';
        onSent(count);
      }
    }
    if (queued) await queued;
  } catch (error) {
    queued?.catch(() => undefined);
    if (!failed) {
      stream.destroy(error as Error);
      await done.catch(() => undefined);
    }
    throw error;
  }
  if (!failed) stream.end(buffer || undefined);
  await done;
  return count;
}

/** Whether each data source is the embedded PostgreSQL: asked once per data source, not once per import. */
const embeddedOf = new WeakMap<DataSource, boolean>();

/**
 * The connection of `manager`'s transaction, for `COPY … FROM STDIN`, or null on the embedded PostgreSQL (PGlite
 * served by pglite-socket), which loses the protocol's synchronisation on a `COPY … FROM STDIN` and closes the
 * connection: callers then write with ordinary statements.
 */
export async function copyClientOf(manager: EntityManager): Promise<PoolClient | null> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyClientOf: the manager must hold a transaction');
  let embedded = embeddedOf.get(manager.connection);
  if (embedded === undefined) {
    const [row]: { embedded: boolean }[] = await manager.query(`SELECT version() LIKE '%PGlite%' AS embedded`);
    embedded = row.embedded;
    embeddedOf.set(manager.connection, embedded);
  }
  return embedded ? null : ((await runner.connect()) as PoolClient);
}
