import type { ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isListType } from 'graphql';
import { getNullableType } from 'graphql';

/**
 * What the lists of introspection cost in this schema: each list counts its children as many times as it holds on
 * average (`__Schema.types` every type, `__Type.fields` the fields of the schema divided by its types…), so that the
 * standard introspection query costs what it resolves, and a nested flood (`types { fields { type { fields … } } }`)
 * multiplies as it does when it runs.
 */
export function introspectionCostEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      args += own.reduce((n, f) => n + f.args.length, 0);
      interfaces += type.getInterfaces().length;
    }
    if (isInterfaceType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isInputObjectType(type)) inputFields += Object.keys(type.getFields()).length;
    if (isEnumType(type)) enumValues += type.getValues().length;
  }
  const directives = schema.getDirectives();
  const directiveArgs = directives.reduce((n, d) => n + d.args.length, 0);
  const perType = (total: number) => total / types.length;
  const sizes: Record<string, number> = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': perType(fields),
    '__Type.inputFields': perType(inputFields),
    '__Type.enumValues': perType(enumValues),
    '__Type.interfaces': perType(interfaces),
    '__Type.possibleTypes': perType(possibleTypes),
    '__Field.args': args / Math.max(1, fields),
    '__Directive.args': directiveArgs / Math.max(1, directives.length),
  };
  return ({ type, field, childComplexity }) => {
    if (!type.name.startsWith('__')) return undefined;
    const size = sizes[`${type.name}.${field.name}`] ?? (isListType(getNullableType(field.type)) ? 1 : undefined);
    return size === undefined ? undefined : 1 + childComplexity * size;
  };
}
