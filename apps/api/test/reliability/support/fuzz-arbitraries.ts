import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLOutputType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** Values worth trying in any string: real ids and codes (to reach past "not found"), and every kind of garbage. */
export function stringArbitrary(known: string[]): fc.Arbitrary<string> {
  const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
    { weight: 2, arbitrary: fc.string({ unit: char(0, 31), minLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: char(0xd800, 0xdfff), minLength: 1 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...known), char(0, 0xffff)).map(([k, c]) => `${k}${c}`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '%', '_', '\\', "'; DROP TABLE x; --", '🙂', 'e\u0301') },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 12_000 }).map((n) => 'é'.repeat(n)) },
  );
}

const INT = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 20, 100, 101, 2_147_483_647, -2_147_483_648, 1_000_000_000),
  // Out of GraphQL's Int range, or not integers: refused by GraphQL's coercion.
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e15, 1.5, -0.5),
);
const FLOAT = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, -1e308, 5e-324),
);

/** A value for an input type: anything its type admits, and now and then what it does not (null where required). */
export function inputArbitrary(type: GraphQLInputType, known: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 19, arbitrary: inputArbitrary(type.ofType, known, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const value = nullableArbitrary(type, known, depth);
  return fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function nullableArbitrary(type: GraphQLInputType, known: string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    return fc.array(inputArbitrary(type.ofType, known, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'commune') },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 2) return fc.constant({});
    const model = Object.fromEntries(fields.map((f) => [f.name, inputArbitrary(f.type, known, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.oneof(
      { weight: 9, arbitrary: fc.record(model, { requiredKeys }) },
      // An unknown field, or a required one missing: GraphQL's coercion refuses both.
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }).map((r) => ({ ...r, notAField: 1 })) },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return INT;
      case 'Float':
        return FLOAT;
      case 'Boolean':
        return fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('true') });
      case 'DateTime':
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          stringArbitrary(known),
        );
      case 'JSONObject':
        return fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.constant([]), fc.constant('x'));
      default:
        return stringArbitrary(known);
    }
  }
  return fc.constant(null);
}

/** The leaves of a return type to select (`__typename` always): enough to run the field's resolver. */
export function selectionOf(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type) || !isObjectType(type)) return '{ __typename }';
  const leaves = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .filter((f) => isLeafType(unwrap(f.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function unwrap(type: GraphQLOutputType): GraphQLNamedType {
  return getNamedType(type);
}

/** One root field, its operation text and the arbitrary of its variables. */
export interface FuzzTarget {
  name: string;
  kind: 'query' | 'mutation';
  operation: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** A target per query and mutation of the schema: every argument passed as a variable of its declared type. */
export function fuzzTargets(schema: GraphQLSchema, known: string[]): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
      const passing = field.args.map((a) => `${a.name}: $${a.name}`);
      const operation = `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${
        passing.length ? `(${passing.join(', ')})` : ''
      } ${selectionOf(unwrap(field.type))} }`;
      const model = Object.fromEntries(field.args.map((a) => [a.name, inputArbitrary(a.type, known)]));
      const requiredKeys = field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
      targets.push({ name: field.name, kind, operation, variables: fc.record(model, { requiredKeys }) });
    }
  }
  return targets;
}
