import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { types } from 'pg';
import { preparedRead } from './read-route';

/** How to read an entity's rows as plain objects: its select list, and the fix-ups pg's parsing leaves to do. */
interface PlainShape {
  columns: string;
  /** Columns whose value goes through the entity's transformer (read side). */
  transformed: { property: string; from: (value: unknown) => unknown }[];
}

type ColumnMetadata = ReturnType<DataSource['getMetadata']>['columns'][number];

/**
 * An entity's columns as its rows hold them: one per database column (a relation's join column is read as the
 * property declared for it, epciId for epci, never as the relation), no virtual ones.
 */
function storedColumns(metadata: ReturnType<DataSource['getMetadata']>): ColumnMetadata[] {
  const seen = new Set<string>();
  return metadata.columns.filter((column) => {
    if (seen.has(column.databaseName) || column.isVirtual || column.isVirtualProperty) return false;
    seen.add(column.databaseName);
    return true;
  });
}

/** The read side of a column's single transformer; none for a column without one (or with a list of them). */
function transformerFrom(column: ColumnMetadata): ((value: unknown) => unknown) | undefined {
  const transformer = column.transformer;
  return transformer && !Array.isArray(transformer)
    ? (value): unknown => transformer.from(value) as unknown
    : undefined;
}

/** A shape built once per entity and alias, kept as long as the entity's metadata. */
function memoized<S>(
  cache: WeakMap<object, Map<string, S>>,
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  build: (metadata: ReturnType<DataSource['getMetadata']>) => S,
): S {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = cache.get(metadata);
  if (!byAlias) cache.set(metadata, (byAlias = new Map<string, S>()));
  let shape = byAlias.get(alias);
  if (shape === undefined) byAlias.set(alias, (shape = build(metadata)));
  return shape;
}

const shapes = new WeakMap<object, Map<string, PlainShape>>();

function shapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): PlainShape {
  return memoized(shapes, dataSource, entity, alias, (metadata) => {
    const selects: string[] = [];
    const transformed: PlainShape['transformed'] = [];
    for (const column of storedColumns(metadata)) {
      // A `date` stays the 'YYYY-MM-DD' text TypeORM gives (pg would make it a Date at local midnight).
      const cast = column.type === 'date' ? '::text' : '';
      selects.push(`${alias}."${column.databaseName}"${cast} AS "${column.propertyName}"`);
      const from = transformerFrom(column);
      if (from) transformed.push({ property: column.propertyName, from });
    }
    return { columns: selects.join(', '), transformed };
  });
}

/**
 * Reads rows of an entity's table as plain objects shaped as the entity (its properties, its dates as text, its
 * transformers applied), with no entity hydration: the public pages' reads (issue 12: TypeORM's hydration was a
 * seventh of a collectivity page's CPU). `sql` is the statement with `{columns}` where the select list goes, the table
 * aliased as `alias`, e.g. `SELECT {columns} FROM collectivity c WHERE c.id = ANY($1::uuid[])` (each `{columns}` of a
 * UNION is replaced).
 *
 * The rows are plain objects, not instances: for reads only (a write loads its entity with TypeORM). Outside a
 * transaction, the statement is prepared (`preparedRead`): `sql` must be the same text on every call, its values
 * as parameters.
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
  const rows = await preparedRead<T>(source, sql.replaceAll('{columns}', shape.columns), parameters);
  if (shape.transformed.length > 0) {
    for (const row of rows as Record<string, unknown>[]) {
      for (const { property, from } of shape.transformed) row[property] = from(row[property]);
    }
  }
  return rows;
}

/** How to read an entity's row from a JSON object built in SQL: the object's expression, and the fix-ups to apply. */
interface JsonShape {
  object: string;
  fixes: { property: string; from: (value: unknown) => unknown }[];
}

/** Column types whose JSON value is what pg's driver gives for the column (arrays of them too). */
const JSON_AS_IS = new Set(['uuid', 'character varying', 'text', 'smallint', 'integer', 'boolean', 'jsonb', 'json']);

const jsonShapes = new WeakMap<object, Map<string, JsonShape>>();

function jsonShapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): JsonShape {
  return memoized(jsonShapes, dataSource, entity, alias, (metadata) => {
    const pairs: string[] = [];
    const fixes: JsonShape['fixes'] = [];
    for (const column of storedColumns(metadata)) {
      const type = dataSource.driver.normalizeType(column);
      const value = `${alias}."${column.databaseName}"`;
      let from: ((value: unknown) => unknown) | undefined;
      if (JSON_AS_IS.has(type)) {
        pairs.push(`'${column.propertyName}', ${value}`);
      } else if (column.isArray) {
        throw new Error(`plain JSON rows: no mapping for ${metadata.name}.${column.propertyName} (${type}[])`);
      } else if (type === 'date' || type === 'numeric' || type === 'bigint') {
        // As the driver gives them: a date as its 'YYYY-MM-DD' text (plainRows' cast), numeric and bigint as text.
        pairs.push(`'${column.propertyName}', ${value}::text`);
      } else if (type === 'timestamp with time zone' || type === 'timestamp without time zone') {
        // The column's text, parsed by the driver's own parser: the same Date, to the millisecond, as a plain row.
        const oid = type === 'timestamp with time zone' ? types.builtins.TIMESTAMPTZ : types.builtins.TIMESTAMP;
        const parse = types.getTypeParser(oid, 'text') as (text: string) => unknown;
        pairs.push(`'${column.propertyName}', ${value}::text`);
        from = (text) => (typeof text === 'string' ? parse(text) : null);
      } else {
        throw new Error(`plain JSON rows: no mapping for ${metadata.name}.${column.propertyName} (${type})`);
      }
      const transform = transformerFrom(column);
      if (transform) {
        const before = from;
        from = before ? (v): unknown => transform(before(v)) : transform;
      }
      if (from) fixes.push({ property: column.propertyName, from });
    }
    // json_build_object takes at most 100 arguments: 50 columns.
    if (pairs.length > 50) throw new Error(`plain JSON rows: ${metadata.name} has more than 50 columns`);
    return { object: `json_build_object(${pairs.join(', ')})`, fixes };
  });
}

/**
 * Several tables' rows in one statement (issue 12: each statement of a page costs its round trip): the SQL expression
 * building one row of `entity`, aliased `alias`, as a JSON object, to aggregate with `json_agg`, and the mapper
 * turning the parsed object into the row `plainRows` reads (the same properties, types and transformers).
 */
export function plainJson<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): { object: string; read: (json: Record<string, unknown>) => T } {
  const dataSource = source instanceof DataSource ? source : source.connection;
  const { object, fixes } = jsonShapeOf(dataSource, entity, alias);
  return {
    object,
    read: (json) => {
      for (const { property, from } of fixes) json[property] = from(json[property]);
      return json as T;
    },
  };
}
