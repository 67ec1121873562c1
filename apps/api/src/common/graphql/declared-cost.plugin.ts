import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  BREAK,
  DocumentNode,
  getIntrospectionQuery,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  ValueNode,
  visit,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { introspectionCostEstimator } from './introspection-cost';

/** Which root fields an estimate counts: the introspection ones (`__schema`, `__type`) or the others. */
export type CostPart = 'data' | 'introspection';

const estimatorsOf = new WeakMap<GraphQLSchema, Record<CostPart, ComplexityEstimator[]>>();

/**
 * How the schema prices a field: its declared `complexity` (list fields), the introspection lists, else 1. Built once
 * per schema (the introspection sizes count every type and field of the schema).
 */
export function declaredCostEstimators(schema: GraphQLSchema, part: CostPart): ComplexityEstimator[] {
  let estimators = estimatorsOf.get(schema);
  if (!estimators) {
    estimators = { data: buildEstimators(schema, 'data'), introspection: buildEstimators(schema, 'introspection') };
    estimatorsOf.set(schema, estimators);
  }
  return estimators[part];
}

function buildEstimators(schema: GraphQLSchema, part: CostPart): ComplexityEstimator[] {
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType()]);
  const isIntrospection = (name: string) => name === '__schema' || name === '__type';
  return [
    // The root fields of the other part cost nothing here (their children are still walked, and ignored).
    ({ type, field }) =>
      roots.has(type) && isIntrospection(field.name) !== (part === 'introspection') ? 0 : undefined,
    fieldExtensionsEstimator(),
    introspectionCostEstimator(schema),
    simpleEstimator({ defaultComplexity: 1 }),
  ];
}

/** The declared cost of one operation of `document` with these variables: of its data, or of its introspection. */
export function declaredCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  part: CostPart = 'data',
  watch?: ComplexityEstimator,
): number {
  const estimators = declaredCostEstimators(schema, part);
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: watch ? [watch, ...estimators] : estimators,
  });
}

/** Does this value (an argument's, a directive's) contain a variable? */
function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => holdsVariable(field.value));
  return false;
}

/** Does a directive anywhere in the document (`@skip(if: $x)`, `@include`) take a variable? */
function directivesTakeVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.DIRECTIVE]: (node) => {
      if (!node.arguments?.some((argument) => holdsVariable(argument.value))) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

const asksIntrospection = new WeakMap<DocumentNode, boolean>();

/**
 * Whether a document selects `__schema` or `__type` anywhere (its fragments included): without them, its
 * introspection costs nothing (every other root field costs 0 in that part, children included), so the walk that
 * prices it is skipped. Kept per document: Apollo hands the same parsed document to every request of one query text.
 */
export function mentionsIntrospection(document: DocumentNode): boolean {
  let found = asksIntrospection.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FIELD]: (node) => {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
        found = true;
        return BREAK;
      },
    });
    asksIntrospection.set(document, found);
  }
  return found;
}

/**
 * The introspection a client may ask in one operation: one and a half times what the standard introspection query
 * (graphql-js's `getIntrospectionQuery()`, what GraphiQL and code generators send) costs in this schema.
 */
export function introspectionLimit(schema: GraphQLSchema): number {
  return Math.ceil(1.5 * declaredCost(schema, parse(getIntrospectionQuery()), undefined, {}, 'introspection'));
}

/**
 * Refuses operations whose declared cost exceeds GRAPHQL_MAX_COMPLEXITY: each field costs 1 plus its children, and the
 * list fields count their children as many times as they say they hold (`complexity` in the resolvers, `first` for a
 * page). Introspection is priced the same way, with the schema's own average list sizes (introspection-cost.ts),
 * against its own limit ({@link introspectionLimit}). GraphQL Armor's cost rule (see armor.ts) cannot read those declarations, so this second estimate runs once
 * the document is valid: its walk expands fragments, which Armor's cost limit has bounded by then.
 */
@Plugin()
export class DeclaredCostPlugin implements ApolloServerPlugin {
  /** Computed once, from the schema being served. */
  private introspectionMax?: number;
  /**
   * The costs of the operations whose cost does not depend on their variables' values, per parsed document (Apollo's
   * document store hands the same `DocumentNode` to every request of one query text) and operation name.
   */
  private readonly known = new WeakMap<DocumentNode, Map<string, Record<CostPart, number>>>();

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Apollo's hooks return promises; this one does no I/O (a refusal rejects the hook's promise).
  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return Promise.resolve({
      didResolveOperation: ({ request, document, operation }) =>
        Promise.resolve().then(() => this.check(document, operation, request.operationName, request.variables)),
    });
  }

  private check(
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    operationName?: string,
    variables?: Record<string, unknown>,
  ): void {
    const { schema } = this.schemaHost;
    const key = operationName ?? '';
    let costs = this.known.get(document)?.get(key);
    if (costs && operation) {
      // The walk that priced it also coerced the variables: this request's are coerced as graphql-js does, and a bad
      // one is refused the same way.
      const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
      if (errors?.length) throw badInput(errors[errors.length - 1]);
    } else {
      costs = this.price(schema, document, operation, operationName, variables);
    }
    this.enforce(schema, costs);
  }

  /**
   * Walks the operation to price it. The cost depends on the variables' values only where a variable reaches a
   * field whose declared `complexity` is a function (it may read its arguments: `first`…) or a directive (`@skip`,
   * `@include`), or where a variable of a nullable type has a default (an explicit null then reaches the argument, and
   * may be refused there); otherwise the cost is the document's, and is kept for its next requests.
   */
  private price(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    operationName?: string,
    variables?: Record<string, unknown>,
  ): Record<CostPart, number> {
    let variableCost =
      !operation ||
      directivesTakeVariables(document) ||
      (operation.variableDefinitions ?? []).some(
        (definition) => definition.defaultValue && !isNonNullType(typeFromAST(schema, definition.type)),
      );
    const watch: ComplexityEstimator = ({ field, node }) => {
      if (
        !variableCost &&
        typeof field.extensions?.complexity === 'function' &&
        node.arguments?.some((argument) => holdsVariable(argument.value))
      ) {
        variableCost = true;
      }
      return undefined;
    };
    const costs: Record<CostPart, number> = { data: 0, introspection: 0 };
    try {
      costs.data = declaredCost(schema, document, operationName, variables, 'data', watch);
      if (mentionsIntrospection(document)) {
        costs.introspection = declaredCost(schema, document, operationName, variables, 'introspection', watch);
      }
    } catch (error) {
      // Estimating coerces the variables first: a bad variable (unknown enum value…) is the caller's error.
      if (error instanceof GraphQLError) throw badInput(error);
      throw error;
    }
    if (!variableCost) {
      const forDocument = this.known.get(document) ?? new Map<string, Record<CostPart, number>>();
      this.known.set(document, forDocument.set(operationName ?? '', costs));
    }
    return costs;
  }

  private enforce(schema: GraphQLSchema, costs: Record<CostPart, number>): void {
    const limits: Record<CostPart, number> = {
      data: this.config.graphql.maxComplexity,
      introspection: (this.introspectionMax ??= introspectionLimit(schema)),
    };
    for (const part of ['data', 'introspection'] as const) {
      const complexity = Math.ceil(costs[part]);
      const max = limits[part];
      if (complexity <= max) continue;
      const what = part === 'data' ? 'Query' : 'Introspection';
      throw new GraphQLError(`${what} is too complex: ${complexity}, the limit is ${max}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', complexity, max, http: { status: 400 } },
      });
    }
  }
}

function badInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
