import type { Dataset } from '@pacte/pact';
import type { Row } from '../rows/row';
import { cellJson } from './cells';

/** The row as a JSON object, keys in the catalogue's order. */
export function rowObject(dataset: Dataset, row: Row): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const column of dataset.columns) object[column.name] = cellJson(row[column.name], column);
  return object;
}

/** A JSON array of row objects, one per line, written as the rows come (a streaming parser can read it as it comes). */
export async function* toJson(dataset: Dataset, rows: AsyncIterable<Row>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(rowObject(dataset, row))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
