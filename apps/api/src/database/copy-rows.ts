import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

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

/**
 * {@link copyRows} for rows already in memory (an import of tens of thousands): their text is made in one go and
 * handed to the connection in messages of 256 KiB without waiting between them, so PostgreSQL starts on the first
 * while Node makes the next, and Node is not woken once per 64 KiB, which on a busy machine held the copy up far more
 * than the work itself. `onSent` is told how many rows were handed over after each message.
 */
export async function copyRowsAtOnce(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
  onSent: (rows: number) => void = () => undefined,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let buffer = '';
  for (let i = 0; i < rows.length; i += 1) {
    buffer += copyLine(rows[i]);
    if (buffer.length >= 1 << 18) {
      stream.write(buffer);
      buffer = '';
      onSent(i + 1);
    }
  }
  stream.end(buffer || undefined);
  await finished(stream);
  return rows.length;
}

/**
 * The connection of `manager`'s transaction, for `COPY … FROM STDIN`, or null on the embedded PostgreSQL (PGlite
 * served by pglite-socket), which loses the protocol's synchronisation on a `COPY … FROM STDIN` and closes the
 * connection: callers then write with ordinary statements.
 */
export async function copyClientOf(manager: EntityManager): Promise<PoolClient | null> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyClientOf: the manager must hold a transaction');
  const [{ embedded }]: { embedded: boolean }[] = await manager.query(`SELECT version() LIKE '%PGlite%' AS embedded`);
  return embedded ? null : ((await runner.connect()) as PoolClient);
}
