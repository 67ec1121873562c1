import { GraphQLSchema, isObjectType } from 'graphql';

/** The name of the resolver Nest's code-first schema gives every field of an object type (`createFieldResolver`). */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/** A value no model holds: what a property resolver must give back when the parent holds it under the field's name. */
const PROBE = Object.freeze({});

/**
 * Whether `resolve` only reads the parent's property of the field's name: Nest's property resolver for a field whose
 * property has the field's name and that has no `defaultValue`. It is tried on two parents (with the property, and
 * without it), which that resolver reads and never writes.
 */
function readsOwnProperty(resolve: (...args: unknown[]) => unknown, fieldName: string): boolean {
  if (resolve.name !== NEST_PROPERTY_RESOLVER) return false;
  try {
    return resolve({ [fieldName]: PROBE }) === PROBE && resolve({}) === undefined;
  } catch {
    return false;
  }
}

/**
 * The schema with no resolver on the fields that only read the parent's property of their name (issue 12).
 *
 * Nest's code-first schema gives every field of an object type a resolver, which reads the property and falls back on
 * the field's `defaultValue`. graphql-jit compiles a field that has a resolver into a call through its runtime, with a
 * resolve info, a response path, an arguments object and two callbacks, where a field without one is read inline:
 * that was every scalar of a collectivity page (its 155 pieces of evidence times nine fields, its actions, milestones
 * and scores): a quarter of the page's allocations. A field without a resolver is read by GraphQL's default resolver
 * (graphql-jit inlines the same read), which gives the same value here: the property of the field's name.
 *
 * Kept as they are: the fields of `@ResolveField` resolvers and of field middleware (other functions), and any field
 * whose resolver, tried, does not give back the property of the field's name or gives a value where it is missing (a
 * `defaultValue`).
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && readsOwnProperty(field.resolve as (...args: unknown[]) => unknown, field.name)) {
        field.resolve = undefined;
      }
    }
  }
  return schema;
}
