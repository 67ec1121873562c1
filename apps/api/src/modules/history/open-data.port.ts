import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExportFilters, getDataset } from '@pacte/pact';
import type { Readable } from 'node:stream';
import { escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import { readPool } from '../../database/read-route';
import { copyOutStream } from './history-export';

/**
 * How PostgreSQL writes the history dataset (libs/pact open-data, `history`), one line per entry in id order:
 * - `csv`: RFC 4180 with a header row of the catalogue's column names (COPY's CSV format);
 * - `json`: one JSON object per line, keys in the catalogue's order;
 * - `geo`: the collectivity's kind, code (empty when none) and the JSON object, separated by U+0001;
 * - `text`: COPY's text format, a column per catalogue column (tab-separated, `\N` for null, backslash escapes).
 */
export type HistoryCopyFormat = 'csv' | 'json' | 'geo' | 'text';

/**
 * jsonb's text with the spaces it puts after `,` and `:` (outside strings) taken out: the text JSON.stringify gives of
 * the same value, but for numbers JavaScript writes in exponent form or without trailing zeros (1e21, 1.50) and
 * objects with integer-like keys, which JavaScript puts first; no snapshot of the event catalogue has either.
 */
const compactJson = (expression: string) =>
  `regexp_replace(${expression}::text, '("(?:[^"\\\\]|\\\\.)*")|([,:]) ', '\\1\\2', 'g')`;

/**
 * A column: `json`, its value in the JSON object; `cell`, its text in CSV and ODS, where an empty string is an empty
 * cell as null is (the writers' rule).
 */
interface ColumnSql {
  json: string;
  cell: string;
}
const plain = (expression: string): ColumnSql => ({ json: expression, cell: expression });
const text = (expression: string): ColumnSql => ({ json: expression, cell: `NULLIF(${expression}, '')` });
const object = (expression: string): ColumnSql => ({
  json: `${compactJson(expression)}::json`,
  cell: compactJson(expression),
});

/** Each column of the history dataset, as SQL over `audit_event e` and its collectivity `c`. */
const COLUMNS: Record<string, ColumnSql> = {
  event_id: plain('e.id'),
  occurred_at: plain(`to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
  actor_id: text('e.actor_id'),
  actor_label: text('e.actor_label'),
  collectivity_code: text('c.code'),
  collectivity_kind: text('c.kind'),
  collectivity_name: text('c.name'),
  departement: text('c.departement_code'),
  region: text('c.region_code'),
  entity_type: text('e.entity_type'),
  entity_id: text('e.entity_id'),
  action: text('e.action'),
  event: text('e.event'),
  event_version: plain('CASE WHEN e.event IS NULL THEN NULL ELSE coalesce(e.event_version, 1) END'),
  before: object('e.before'),
  after: object('e.after'),
  prev_hash: text('e.prev_hash'),
  hash: text('e.hash'),
};

/** The dataset's columns in the catalogue's order; a column the catalogue adds without SQL here fails at load. */
const CATALOGUE_COLUMNS = getDataset('history').columns.map(({ name }) => {
  const column = COLUMNS[name];
  if (!column) throw new Error(`history export: no SQL for the catalogue's column ${name}`);
  return { name, ...column };
});

/** Separators that never occur in a JSON line (PostgreSQL escapes every control character in JSON strings). */
const RAW_LINES = `FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02'`;

/**
 * Read port of the history for the open-data exports: the dataset written by PostgreSQL (`COPY … TO STDOUT`), so that
 * exporting the whole country's history builds no JavaScript object per entry and memory stays flat. Names the
 * `collectivity` table (a read model, see docs/architecture.md): each entry's collectivity, and the territory filters.
 */
@Injectable()
export class HistoryOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries of the collectivities within the filters (all, those of no collectivity included, when none). */
  copy(format: HistoryCopyFormat, filters: ExportFilters): Readable {
    // The replica's pool for an anonymous export when there is one (read-route.ts), chosen now, in the request.
    return copyOutStream(readPool(this.dataSource), historyCopySql(format, filters));
  }
}

/** The `COPY … TO STDOUT` statement of the history dataset (COPY takes no parameters: values are quoted literals). */
export function historyCopySql(format: HistoryCopyFormat, filters: ExportFilters): string {
  const where: string[] = [];
  const equal = (column: string, value: string | undefined) => {
    if (value !== undefined) where.push(`${column} = ${escapeLiteral(value)}`);
  };
  equal('c.region_code', filters.region);
  equal('c.departement_code', filters.departement);
  equal('c.kind', filters.kind);
  equal('c.code', filters.code);
  if (filters.since !== undefined) {
    where.push(`e.occurred_at >= (${escapeLiteral(filters.since)}::date)::timestamp AT TIME ZONE 'Europe/Paris'`);
  }
  if (filters.until !== undefined) {
    where.push(`e.occurred_at < (${escapeLiteral(filters.until)}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`);
  }
  const columns = (as: (c: (typeof CATALOGUE_COLUMNS)[number]) => string) => CATALOGUE_COLUMNS.map(as).join(', ');
  const from = 'FROM audit_event e LEFT JOIN collectivity c ON c.id = e.collectivity_id';
  const row = `${from}, LATERAL (SELECT ${columns((c) => `${c.json} AS "${c.name}"`)}) AS r`;
  const [select, options] = {
    csv: [`SELECT ${columns((c) => `${c.cell} AS "${c.name}"`)} ${from}`, 'FORMAT csv, HEADER'],
    text: [`SELECT ${columns((c) => c.cell)} ${from}`, 'FORMAT text'],
    json: [`SELECT row_to_json(r) ${row}`, RAW_LINES],
    geo: [`SELECT c.kind, c.code, row_to_json(r) ${row}`, RAW_LINES],
  }[format];
  return `COPY (
    ${select}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.id
  ) TO STDOUT WITH (${options})`;
}
