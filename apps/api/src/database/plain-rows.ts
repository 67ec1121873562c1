import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** How to read an entity's rows as plain objects: its select list, and the fix-ups pg's parsing leaves to do. */
interface PlainShape {
  columns: string;
  /** Columns whose value goes through the entity's transformer (read side). */
  transformed: { property: string; from: (value: unknown) => unknown }[];
}

const shapes = new WeakMap<object, Map<string, PlainShape>>();

function shapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): PlainShape {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = shapes.get(metadata);
  if (!byAlias) shapes.set(metadata, (byAlias = new Map<string, PlainShape>()));
  let shape = byAlias.get(alias);
  if (!shape) {
    const seen = new Set<string>();
    const selects: string[] = [];
    const transformed: PlainShape['transformed'] = [];
    for (const column of metadata.columns) {
      // A relation's join column is read as the property declared for it (epciId for epci), never as the relation.
      if (seen.has(column.databaseName) || column.isVirtual || column.isVirtualProperty) continue;
      seen.add(column.databaseName);
      // A `date` stays the 'YYYY-MM-DD' text TypeORM gives (pg would make it a Date at local midnight).
      const cast = column.type === 'date' ? '::text' : '';
      selects.push(`${alias}."${column.databaseName}"${cast} AS "${column.propertyName}"`);
      const transformer = column.transformer;
      if (transformer && !Array.isArray(transformer)) {
        transformed.push({
          property: column.propertyName,
          from: (value): unknown => transformer.from(value) as unknown,
        });
      }
    }
    shape = { columns: selects.join(', '), transformed };
    byAlias.set(alias, shape);
  }
  return shape;
}

/**
 * Reads rows of an entity's table as plain objects shaped as the entity (its properties, its dates as text, its
 * transformers applied), with no entity hydration: the public pages' reads (issue 12: TypeORM's hydration was a
 * seventh of a collectivity page's CPU). `sql` is the statement with `{columns}` where the select list goes, the table
 * aliased as `alias`, e.g. `SELECT {columns} FROM collectivity c WHERE c.id = ANY($1::uuid[])`.
 *
 * The rows are plain objects, not instances: for reads only (a write loads its entity with TypeORM).
 */
export async function plainRows<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const dataSource = source instanceof DataSource ? source : source.connection;
  const shape = shapeOf(dataSource, entity, alias);
  const rows: T[] = await source.query(sql.replace('{columns}', shape.columns), parameters);
  if (shape.transformed.length > 0) {
    for (const row of rows as Record<string, unknown>[]) {
      for (const { property, from } of shape.transformed) row[property] = from(row[property]);
    }
  }
  return rows;
}
