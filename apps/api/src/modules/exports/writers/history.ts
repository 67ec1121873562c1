import { type ExportFilters, type ExportFormat, getDataset } from '@pacte/pact';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { HistoryCopyFormat, HistoryOpenDataPort } from '../../history/open-data.port';
import { pointOf } from '../positions';
import { odsCell, odsOfRowsXml } from './ods';

const HISTORY = getDataset('history');

/** Whole lines of a text stream, a block at a time (the lines of each chunk; a partial last line waits for the next). */
abstract class LineTransform extends Transform {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');
  private started = false;
  private empty = true;

  /** The output of a block of whole lines. */
  protected abstract lines(lines: string[]): string;
  /** What comes before the first line. */
  protected head(): string {
    return '';
  }
  /** What comes after the last line (`empty`: there was none). */
  protected tail(_empty: boolean): string {
    return '';
  }

  private block(text: string): string {
    let out = this.started ? '' : this.head();
    this.started = true;
    if (text !== '') {
      out += this.lines(text.split('\n'));
      this.empty = false;
    }
    return out;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.rest + this.decoder.write(chunk);
    const end = text.lastIndexOf('\n');
    this.rest = end < 0 ? text : text.slice(end + 1);
    const out = this.block(end < 0 ? '' : text.slice(0, end));
    done(null, out === '' ? undefined : out);
  }

  override _flush(done: TransformCallback): void {
    const out = this.block(this.rest + this.decoder.end());
    done(null, out + this.tail(this.empty));
  }
}

const NEWLINE = 0x0a;
const SEPARATOR = Buffer.from(',\n');

/**
 * JSON object lines → the JSON export's array: `[`, the objects separated by `,\n`, `]` (toJson's bytes). Works on
 * bytes (a newline byte is never inside a UTF-8 character): each line's newline becomes `,\n`, but the last one's,
 * held back until the next chunk shows there is more.
 */
class JsonArray extends Transform {
  private started = false;
  private held = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const parts: Buffer[] = [];
    if (!this.started) parts.push(Buffer.from('[\n'));
    if (this.held) parts.push(SEPARATOR);
    this.started = true;
    this.held = chunk.length > 0 && chunk[chunk.length - 1] === NEWLINE;
    const body = this.held ? chunk.subarray(0, chunk.length - 1) : chunk;
    let from = 0;
    for (let at = body.indexOf(NEWLINE); at >= 0; at = body.indexOf(NEWLINE, from)) {
      parts.push(body.subarray(from, at), SEPARATOR);
      from = at + 1;
    }
    parts.push(body.subarray(from));
    done(null, Buffer.concat(parts));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.started ? '\n]\n' : '[]\n');
  }
}

/** `kind U+0001 code U+0001 object` lines → a GeoJSON FeatureCollection (toGeoJson's bytes). */
class GeoFeatures extends LineTransform {
  private first = true;
  protected override head(): string {
    return '{"type":"FeatureCollection","features":[';
  }
  protected override tail(empty: boolean): string {
    return empty ? ']}\n' : '\n]}\n';
  }
  protected lines(lines: string[]): string {
    let out = '';
    for (const line of lines) {
      const [kind, code] = line.split('\u0001', 2);
      const properties = line.slice(kind.length + code.length + 2);
      const geometry = JSON.stringify(pointOf(kind || null, code || null));
      out += `${this.first ? '\n' : ',\n'}{"type":"Feature","geometry":${geometry},"properties":${properties}}`;
      this.first = false;
    }
    return out;
  }
}

const UNESCAPE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** A field of COPY's text format: null for `\N`, else its backslash escapes undone. */
export function copyTextField(field: string): string | null {
  if (field === '\\N') return null;
  return field.includes('\\') ? field.replace(/\\([bfnrtv\\])/g, (_, c: string) => UNESCAPE[c]) : field;
}

/** COPY text lines, a field per catalogue column → the sheet's rows (the cells toOds writes of the same values). */
class OdsRows extends LineTransform {
  protected lines(lines: string[]): string {
    let out = '';
    for (const line of lines) {
      const fields = line.split('\t');
      out += '<table:table-row>';
      for (let i = 0; i < HISTORY.columns.length; i += 1) out += odsCell(copyTextField(fields[i]), HISTORY.columns[i]);
      out += '</table:table-row>\n';
    }
    return out;
  }
}

/**
 * The history dataset in a format, written by PostgreSQL (HistoryOpenDataPort) and framed here line by line, with the
 * same bytes as the row writers (csv.ts, json.ts, geojson.ts, ods.ts) would give, and no object per entry.
 */
export function historyExport(port: HistoryOpenDataPort, format: ExportFormat, filters: ExportFilters): Readable {
  // pipeline: an error on either side (the database, the reader going away) ends both.
  const copy = (as: HistoryCopyFormat, frame: Transform) => pipeline(port.copy(as, filters), frame, () => undefined);
  switch (format) {
    case 'csv':
      return port.copy('csv', filters);
    case 'json':
      return copy('json', new JsonArray());
    case 'geojson':
      return copy('geo', new GeoFeatures());
    case 'ods':
      return odsOfRowsXml(HISTORY, copy('text', new OdsRows()));
  }
}
