import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { BREAK, DocumentNode, getIntrospectionQuery, GraphQLError, GraphQLSchema, Kind, parse, visit } from 'graphql';
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

/** How the schema prices a field: its declared `complexity` (list fields), the introspection lists, else 1. */
export function declaredCostEstimators(schema: GraphQLSchema, part: CostPart): ComplexityEstimator[] {
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
): number {
  const estimators = declaredCostEstimators(schema, part);
  return getComplexity({ schema, query: document, operationName, variables, estimators });
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

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Apollo's hooks return promises; this one does no I/O (a refusal rejects the hook's promise).
  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return Promise.resolve({
      didResolveOperation: ({ request, document }) =>
        Promise.resolve().then(() => this.check(document, request.operationName, request.variables)),
    });
  }

  private check(document: DocumentNode, operationName?: string, variables?: Record<string, unknown>): void {
    const { schema } = this.schemaHost;
    const limits: Record<CostPart, number> = {
      data: this.config.graphql.maxComplexity,
      introspection: (this.introspectionMax ??= introspectionLimit(schema)),
    };
    const costs = { data: 0, introspection: 0 };
    try {
      costs.data = declaredCost(schema, document, operationName, variables, 'data');
      if (mentionsIntrospection(document)) {
        costs.introspection = declaredCost(schema, document, operationName, variables, 'introspection');
      }
    } catch (error) {
      // Estimating coerces the variables first: a bad variable (unknown enum value…) is the caller's error.
      if (error instanceof GraphQLError) {
        throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
      }
      throw error;
    }
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
