import type { Dataset } from '@pacte/pact';
import { pointOf } from '../positions';
import type { Row } from '../rows/row';
import { rowObject } from './json';

/**
 * A GeoJSON FeatureCollection (RFC 7946), a feature per row: the collectivity's point, or a null geometry where it has
 * none (see the dataset's description); the row's columns are the properties.
 */
export async function* toGeoJson(dataset: Dataset, rows: AsyncIterable<Row>): AsyncGenerator<string> {
  let first = true;
  yield '{"type":"FeatureCollection","features":[';
  for await (const row of rows) {
    const feature = {
      type: 'Feature',
      geometry: pointOf(row.collectivity_kind as string | null, row.collectivity_code as string | null),
      properties: rowObject(dataset, row),
    };
    yield `${first ? '\n' : ',\n'}${JSON.stringify(feature)}`;
    first = false;
  }
  yield first ? ']}\n' : '\n]}\n';
}
