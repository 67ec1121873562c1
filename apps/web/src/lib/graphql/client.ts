import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { Client, fetchExchange, type CombinedError } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { cacheConfig } from './cache';

/** One error of a GraphQL response, as the API sends it (`extensions.code` is the domain error code). */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The request reached the API and the API answered with errors (e.g. NOT_FOUND, BAD_USER_INPUT). */
export class GraphQLRequestError extends Error {
  readonly errors: GraphQLErrorEntry[];
  constructor(errors: GraphQLErrorEntry[]) {
    super(errors.map((e) => e.message).join('; ') || 'GraphQL error');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
  }
  /** The first error code, e.g. 'NOT_FOUND'. */
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

/** The API could not be reached or did not answer with GraphQL (network down, proxy error, HTML page). */
export class NetworkError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'NetworkError';
    this.status = status;
  }
}

export const GRAPHQL_ENDPOINT = '/graphql';

/** A generated document (src/generated/graphql.ts): its query text, typed with its result and variables. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The query text urql is given (it parses it once, and keys the cache by it). */
export function queryText<TResult, TVariables>(document: TypedDocument<TResult, TVariables>): string {
  return document.toString();
}

/**
 * urql's CombinedError as the dashboard's two kinds of failure: the API's own errors (with their codes), or no
 * usable answer at all.
 */
export function toRequestError(error: CombinedError): GraphQLRequestError | NetworkError {
  if (error.graphQLErrors.length > 0) {
    return new GraphQLRequestError(
      error.graphQLErrors.map((e) => ({
        message: e.message,
        path: e.path ?? undefined,
        extensions: e.extensions,
      })),
    );
  }
  const status = (error.response as { status?: number } | undefined)?.status;
  return new NetworkError(error.networkError?.message ?? error.message, status);
}

export interface ClientOptions {
  /** Defaults to the same origin's /graphql: the API serves the dashboard, and Vite proxies it in development. */
  url?: string;
}

/**
 * The dashboard's GraphQL client: urql with its normalised cache (graphcache, see ./cache.ts for how each entity is
 * keyed and what each mutation updates or invalidates), then fetch. Queries are POSTed (never GET: the API's CSRF
 * rules) with the session cookie of the same origin. A page shows what the cache holds at once and asks the API again
 * in the background (`cache-and-network`), so that coming back to a page never shows data older than the visit.
 */
export function createGraphQLClient(options: ClientOptions = {}): Client {
  return new Client({
    url: options.url ?? new URL(GRAPHQL_ENDPOINT, globalThis.location?.href ?? 'http://localhost').href,
    exchanges: [cacheExchange(cacheConfig), fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: {
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json' },
    },
  });
}
