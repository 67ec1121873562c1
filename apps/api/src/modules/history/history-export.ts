import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PassThrough, Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyOutTo } from './copy-out';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The export line of every entry (one collectivity's when given), in id order, built by PostgreSQL: exactly the
 * fields, order and formats of `toJsonLine` (chain.ts), except that `before` and `after` are jsonb's text (with a
 * space after `,` and `:`), which {@link compactJsonLinesInPlace} tightens. `to_json(text)` escapes as JSON.stringify
 * does.
 * COPY's CSV format with a delimiter and a quote that never occur in a JSON line (PostgreSQL escapes every control
 * character in JSON strings) writes each line as it is: the text format doubled every backslash.
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
  ) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')`;
}

/**
 * Whole lines of COPY's output (the last one ends with a newline) tightened as the export writes them, **in place**:
 * the result is `block`'s own memory (a shorter view of it), whose bytes are overwritten. The bytes are those of
 * JSON.stringify over the value JSON.parse reads from each line (the driver reads `before` and `after` with JSON.parse;
 * the other fields are strings and small integers), so exactly `toJsonLine`'s. One pass over the bytes, strings
 * copied as they are (jsonb escapes as JSON.stringify does), jsonb's spaces outside strings left out: the output never
 * passes the input, so it is written over the bytes already read. A line where that is not enough is parsed and
 * written again: a `.` outside strings (a fraction: jsonb writes `1.50`, JavaScript `1.5`), a number of more than 15
 * digits (rounded to a double), or a key made of digits (JavaScript puts "array index" keys first; jsonb sorts keys by
 * length). jsonb writes no exponent and no `-0`. No object per line (the regular expressions per line this replaced
 * held the export to a third of COPY's speed), and no new buffer (the output buffers of {@link writeHistoryExport}).
 */
export function compactJsonLinesInPlace(block: Buffer): Buffer {
  const length = block.length;
  let o = 0;
  /** The pieces of the result, when a line written again did not fit in the room its own bytes left. */
  let parts: Buffer[] | null = null;
  let kept = 0;
  for (let lineStart = 0; lineStart < length;) {
    const lineEnd = block.indexOf(0x0a, lineStart);
    const lineOut = o;
    // Up to `before`, the line is PostgreSQL's own compact JSON (no space, no number outside strings but
    // `event_version`, which comes after): kept as it is (moved back over the spaces taken out of the lines before).
    const head = block.indexOf(BEFORE, lineStart);
    let i = head > lineStart && head < lineEnd ? head : lineStart;
    if (o !== lineStart) block.copy(block, o, lineStart, i);
    o += i - lineStart;
    let digits = 0;
    let exact = true;
    for (; i < lineEnd; i += 1) {
      const byte = block[i];
      if (byte === 0x22) {
        // A string, copied to its closing quote; noted when made of digits only.
        block[o++] = byte;
        const first = i + 1;
        let onlyDigits = true;
        for (i = first; i < lineEnd; i += 1) {
          const c = block[i];
          block[o++] = c;
          if (c === 0x22) break;
          if (c === 0x5c) {
            i += 1;
            block[o++] = block[i];
            onlyDigits = false;
          } else if (c < 0x30 || c > 0x39) onlyDigits = false;
        }
        if (onlyDigits && i > first && block[i + 1] === 0x3a) exact = false;
        digits = 0;
      } else if (byte !== 0x20) {
        block[o++] = byte;
        if (byte >= 0x30 && byte <= 0x39) {
          digits += 1;
          if (digits > 15) exact = false;
        } else {
          digits = 0;
          if (byte === 0x2e) exact = false;
        }
      }
    }
    if (exact) block[o++] = 0x0a;
    else {
      // The line as tightened so far is the same JSON value: parsed from there (its original bytes are overwritten).
      const line = rewriteLine(block.subarray(lineOut, o));
      if (line.length <= lineEnd + 1 - lineOut) o = lineOut + line.copy(block, lineOut);
      else {
        // Longer than the line was (a rounded number can be: 99999999999999999999 is 100000000000000000000).
        parts ??= [];
        if (lineOut > kept) parts.push(block.subarray(kept, lineOut));
        parts.push(line);
        // The next lines are written from here on: the bytes before lineEnd + 1 are read.
        o = lineEnd + 1;
        kept = o;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (parts === null) return block.subarray(0, o);
  if (o > kept) parts.push(block.subarray(kept, o));
  return Buffer.concat(parts);
}

/** Where `before` starts in an export line (no string holds it: a `"` in a string is escaped). */
const BEFORE = Buffer.from(',"before":');

/** A JSON line (no newline) parsed and written again by JavaScript, with its newline. */
function rewriteLine(line: Uint8Array): Buffer {
  return Buffer.from(`${JSON.stringify(JSON.parse(Buffer.from(line).toString('utf8')))}\n`, 'utf8');
}

/**
 * Writes the export (one collectivity's entries when given) to `destination` as JSON Lines, read with
 * `COPY … TO STDOUT` on one connection of `pool` and tightened in place in the output buffers ({@link copyOutTo}):
 * no buffer made per chunk, a slow reader pauses the copy, memory stays flat. Resolves with the number of lines.
 */
export function writeHistoryExport(pool: Pool, collectivityId: string | null, destination: Writable): Promise<number> {
  return copyOutTo(pool, exportLinesSql(collectivityId), destination, { lines: compactJsonLinesInPlace });
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
