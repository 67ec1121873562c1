import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  astFromValue,
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Apollo Server's `gateway` option, and the executor it loads. */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

type Variables = Record<string, unknown>;

/** One operation of a document, compiled, with what its variables need before graphql-jit reads them. */
interface Compiled {
  query: CompiledQuery;
  variables: (input: Variables) => Variables;
}

/**
 * Executes operations with graphql-jit: each document is compiled once per operation into a JavaScript function
 * (resolver calls, null checks, leaf serialisation written out for that selection), instead of graphql-js walking
 * the document for every object of every answer (a collectivity page has ~1,000 evidence objects: issue 12).
 *
 * Everything before execution is unchanged: Apollo still parses, validates (GraphQL Armor's limits, the storable
 * strings rule) and runs every plugin (declared cost, which also coerces the variables with graphql-js and refuses
 * bad ones; variables hygiene; read routing; caching headers; errors), and the resolvers, guards and error filters are
 * Nest's as before. Compiled queries are kept per parsed document (Apollo's document store hands the same
 * `DocumentNode` to every request of one query text), so a document Apollo forgets is forgotten here too. A document
 * graphql-jit cannot compile (it reports errors rather than a query) runs on graphql-js.
 */
export function jitExecutor(schema: () => GraphQLSchema): Executor {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

  const compiledFor = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
  ): Compiled | null => {
    const key = operationName ?? '';
    let forDocument = compiled.get(document);
    const known = forDocument?.get(key);
    if (known !== undefined) return known;
    const result = compileQuery(schema(), document, operationName ?? undefined, {
      // The stack of a field's error is its cause's (graphql-js keeps it too); no need to capture another.
      disablingCapturingStackErrors: true,
    });
    const entry = isCompiledQuery(result) ? { query: result, variables: defaultsFiller(schema(), operation) } : null;
    if (!forDocument) compiled.set(document, (forDocument = new Map<string, Compiled | null>()));
    forDocument.set(key, entry);
    return entry;
  };

  return async ({ document, operation, operationName, request, context }) => {
    const entry = compiledFor(document, operation, operationName);
    if (!entry) {
      return execute({
        schema: schema(),
        document,
        operationName,
        variableValues: request.variables,
        contextValue: context,
      });
    }
    const result = await entry.query.query(undefined, context, entry.variables(request.variables ?? {}));
    return withGraphQLErrors(result);
  };
}

/**
 * graphql-jit refuses an omitted input field (or variable) of a non-null type that has a default value, which GraphQL
 * (and graphql-js) fills with its default: `AddMilestoneInput.reached: Boolean! = false`. This gives it the default,
 * written as a client would send it, before graphql-jit reads the variables. An operation whose variables cannot hold
 * such a field passes its variables through as they are.
 */
function defaultsFiller(schema: GraphQLSchema, operation: OperationDefinitionNode): (input: Variables) => Variables {
  const definitions = (operation.variableDefinitions ?? []).flatMap((definition) => {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) return [];
    const fallback =
      definition.defaultValue && isNonNullType(type) ? valueFromASTUntyped(definition.defaultValue) : undefined;
    return fallback !== undefined || holdsDefaults(type)
      ? [{ name: definition.variable.name.value, type, fallback }]
      : [];
  });
  if (definitions.length === 0) return (input) => input;
  return (input) => {
    const output = { ...input };
    for (const { name, type, fallback } of definitions) {
      if (output[name] === undefined && fallback !== undefined) output[name] = fallback;
      else output[name] = withDefaults(type, output[name]);
    }
    return output;
  };
}

/** Does a value of this type hold, at any depth, an input field of a non-null type with a default? */
function holdsDefaults(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const named = isNonNullType(type) || isListType(type) ? type.ofType : type;
  if (isNonNullType(named) || isListType(named)) return holdsDefaults(named, seen);
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some(
    (field) => (isNonNullType(field.type) && field.defaultValue !== undefined) || holdsDefaults(field.type, seen),
  );
}

/** `value` with every omitted non-null input field that has a default given that default (copies, never mutates). */
function withDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value)
      ? value.map((item) => withDefaults(inner.ofType, item))
      : withDefaults(inner.ofType, value);
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return value;
  const output: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(inner.getFields())) {
    if (output[field.name] !== undefined) output[field.name] = withDefaults(field.type, output[field.name]);
    else if (!(field.name in output) && isNonNullType(field.type) && field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) output[field.name] = valueFromASTUntyped(literal);
    }
  }
  return output;
}

/**
 * graphql-jit reports a field's error with its own GraphQLError, whose `extensions` is undefined when the cause has
 * none, where graphql-js's is always an object (Apollo's error formatting reads `extensions.code`, and fails on
 * such an error). Each becomes graphql-js's error for the same cause, message, path and locations.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((jit) => {
    const error = new GraphQLError(jit.message, {
      path: jit.path,
      originalError: jit.originalError ?? undefined,
      extensions: jit.extensions,
    });
    (error as { locations?: GraphQLError['locations'] }).locations = jit.locations;
    return error;
  });
  return { ...result, errors };
}

/**
 * The schema and executor for Apollo Server: its `gateway` option is the supported way to execute with something
 * other than graphql-js since Apollo Server 4 (which removed `executor`). The schema is Nest's, built before Apollo
 * starts; it never changes while the app runs.
 */
export function jitGateway(schema: () => GraphQLSchema): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor: jitExecutor(schema) }),
    stop: () => Promise.resolve(),
  };
}
