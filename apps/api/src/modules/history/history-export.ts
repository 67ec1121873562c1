import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The export line of every entry (one collectivity's when given), in id order, built by PostgreSQL: exactly the
 * fields, order and formats of `toJsonLine` (chain.ts), except that `before` and `after` are jsonb's text (with a
 * space after `,` and `:`), which {@link compactJsonLine} tightens. `to_json(text)` escapes as JSON.stringify does.
 */
export function exportLinesSql(collectivityId: string | null): string {
  if (collectivityId !== null && !UUID.test(collectivityId)) throw new Error('not a collectivity id');
  const str = (column: string) => `coalesce(to_json(e.${column})::text, 'null')`;
  return `COPY (
    SELECT '{"id":"' || e.id || '","occurred_at":"'
        || to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        || '","actor_id":' || ${str('actor_id')} || ',"actor_label":' || ${str('actor_label')}
        || ',"collectivity_id":' || ${str('collectivity_id')} || ',"entity_type":' || ${str('entity_type')}
        || ',"entity_id":' || ${str('entity_id')} || ',"action":' || ${str('action')}
        || ',"before":' || coalesce(e.before::text, 'null') || ',"after":' || coalesce(e.after::text, 'null')
        || CASE WHEN e.event IS NULL THEN ''
                ELSE ',"event":' || to_json(e.event)::text || ',"event_version":' || coalesce(e.event_version, 1) END
        || ',"prev_hash":"' || e.prev_hash || '","hash":"' || e.hash || '"}'
      FROM audit_event e
     ${collectivityId === null ? '' : `WHERE e.collectivity_id = '${collectivityId.toLowerCase()}'::uuid`}
     ORDER BY e.id
  ) TO STDOUT`;
}

/** A JSON string, `, ` or `: ` between values, or a number (outside strings, since strings are matched whole). */
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|[,:] |-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/** Integers that JavaScript writes back unchanged. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;
/** A key that JavaScript objects put first, in numeric order ("array index" keys). */
const INDEX_KEY = /^"(?:0|[1-9]\d{0,8})"$/;

/**
 * One line of COPY's text output turned into the export line: COPY's doubled backslashes undone, jsonb's spaces
 * removed, numbers written as JavaScript writes them, so the bytes are those of JSON.stringify over the parsed row.
 * In the rare line with an integer-like key, JSON.parse + JSON.stringify give JavaScript's key order.
 */
export function compactJsonLine(copyLine: string): string {
  const text = copyLine.includes('\\') ? copyLine.replaceAll('\\\\', '\\') : copyLine;
  let indexKey = false;
  const line = text.replace(TOKENS, (token: string, offset: number) => {
    if (token.charCodeAt(0) === 34) {
      if (text.charCodeAt(offset + token.length) === 58 && INDEX_KEY.test(token)) indexKey = true;
      return token;
    }
    if (token.length === 2 && token.charCodeAt(1) === 32) return token[0];
    return PLAIN_INTEGER.test(token) ? token : JSON.stringify(Number(token));
  });
  return indexKey ? JSON.stringify(JSON.parse(line)) : line;
}

/** COPY's output, in chunks that need not end on a line, to export lines. */
class CopyToExportLines extends Transform {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.rest + this.decoder.write(chunk);
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      this.rest = text;
      return done();
    }
    this.rest = text.slice(end + 1);
    done(null, compactLines(text.slice(0, end)));
  }

  override _flush(done: TransformCallback): void {
    const text = this.rest + this.decoder.end();
    done(null, text === '' ? undefined : compactLines(text));
  }
}

function compactLines(block: string): string {
  let out = '';
  for (const line of block.split('\n')) if (line !== '') out += `${compactJsonLine(line)}\n`;
  return out;
}

/**
 * The export as a stream of JSON Lines, read with `COPY … TO STDOUT` on one connection of `pool`: PostgreSQL writes
 * the lines, back-pressure pauses the copy, memory stays flat.
 */
export function historyExportStream(pool: Pool, collectivityId: string | null): Readable {
  return copyOutStream(pool, exportLinesSql(collectivityId), new CopyToExportLines());
}

/**
 * The output of a `COPY … TO STDOUT` statement on one connection of `pool`, through `transforms` when given, with
 * back-pressure: a slow reader pauses the copy, so memory stays flat whatever the size. The connection goes back to
 * the pool at the end, and is discarded if the reader goes away mid-copy.
 */
export function copyOutStream(pool: Pool, copySql: string, ...transforms: Transform[]): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 16 });
  void (async () => {
    let client: PoolClient | undefined;
    let failure: Error | undefined;
    try {
      client = await pool.connect();
      await pipeline([client.query(copyTo(copySql)), ...transforms, out]);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      if (!out.destroyed) out.destroy(failure);
      // A reader that went away mid-copy leaves the socket paused (pg-copy-streams' back-pressure) while PostgreSQL
      // waits to send the rest: close it, so that the server ends the statement instead of waiting forever.
      (
        client as unknown as { connection?: { stream?: { destroy(): void } } } | undefined
      )?.connection?.stream?.destroy();
    } finally {
      client?.release(failure);
    }
  })();
  return out;
}
