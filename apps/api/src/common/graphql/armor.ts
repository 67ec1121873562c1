import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ValidationRule } from 'graphql';
import type { AppConfig } from '../../config/config';

/** Most directives in one operation (the dashboard uses none). */
export const MAX_DIRECTIVES = 20;

/**
 * The code each refusal carries. Every one is answered with HTTP 400 before anything runs: GraphQL Armor's rules run
 * with GraphQL's own validation, in time linear in the document (each fragment is measured once, however often it is
 * spread, and a fragment that spreads itself ends the walk instead of looping).
 */
export const LIMIT_CODES = {
  cost: 'QUERY_TOO_COMPLEX',
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
} as const;

/** Reports Armor's rejection as a validation error with our code (Armor's own says BAD_USER_INPUT for every limit). */
function reject(code: string, limit: number): GraphQLArmorRejectCallback[] {
  return [
    (context, error) => {
      const message = error.message.replace(/^Syntax Error: /, '');
      context?.reportError(new GraphQLError(message, { extensions: { code, limit, http: { status: 400 } } }));
    },
  ];
}

export interface ArmorOptions {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** graphql-js's own token limit, applied while parsing: a huge document is never fully read. */
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
}

/**
 * GraphQL Armor (Escape) on Apollo: a cost limit (GRAPHQL_MAX_COST: the fields of the operation once its fragments are
 * expanded, each object and scalar costing 1, times a literal `first`/`last`; introspection fields included), a depth
 * limit (GRAPHQL_MAX_DEPTH; root fields are level 1; `__schema` is not counted, its cost is), aliases
 * (GRAPHQL_MAX_ALIASES, `__typename` free), directives ({@link MAX_DIRECTIVES}), and, with introspection off, no
 * "Did you mean …" in error messages. Tokens (GRAPHQL_MAX_TOKENS) are counted by graphql-js's own parser option
 * `maxTokens`, which stops reading at the limit and which Apollo answers as a parse failure (remapped to
 * TOO_MANY_TOKENS by format-error.ts); Armor's token plugin for Apollo would parse every document a second time.
 * Batched operations (a JSON array) are refused.
 */
export function armor(config: AppConfig['graphql']): ArmorOptions {
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection, mask: '' },
    costLimit: {
      maxCost: config.maxCost,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      ignoreIntrospection: false,
      propagateOnRejection: false,
      onReject: reject(LIMIT_CODES.cost, config.maxCost),
    },
    maxDepth: {
      n: config.maxDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reject(LIMIT_CODES.depth, config.maxDepth),
    },
    maxAliases: {
      n: config.maxAliases,
      propagateOnRejection: false,
      onReject: reject(LIMIT_CODES.aliases, config.maxAliases),
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: reject(LIMIT_CODES.directives, MAX_DIRECTIVES),
    },
  }).protect();
  return {
    plugins,
    validationRules,
    parseOptions: { maxTokens: config.maxTokens },
    allowBatchedHttpRequests: false,
  };
}
