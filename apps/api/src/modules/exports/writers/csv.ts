import type { Dataset } from '@pacte/pact';
import { stringify } from 'csv-stringify/sync';
import type { Row } from '../rows/row';
import { cellText } from './cells';

/** RFC 4180 CSV in UTF-8 (no byte-order mark), a header row of the catalogue's column names, CRLF-free `\n` lines. */
export async function* toCsv(dataset: Dataset, rows: AsyncIterable<Row>): AsyncGenerator<string> {
  const names = dataset.columns.map((c) => c.name);
  yield stringify([names]);
  for await (const row of rows) yield stringify([names.map((name) => cellText(row[name]))]);
}
