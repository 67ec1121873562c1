/** One cell of an export row, before a writer formats it. */
export type Cell = string | number | boolean | null | Date | readonly string[] | Record<string, unknown>;

/** A row: the dataset's columns by name (libs/pact open-data), in any order; writers follow the catalogue's order. */
export type Row = Record<string, Cell>;

/** Groups an async stream into arrays of at most `size`, so that lookups go by batch. */
export async function* batches<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** An ISO 8601 instant (UTC, milliseconds), or null. */
export const isoInstant = (value: Date | null): string | null => (value === null ? null : value.toISOString());
