import type { TypedDocumentString } from '../../generated/graphql';

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

export interface RequestOptions {
  signal?: AbortSignal;
  /** Defaults to the same origin's /graphql: the API serves the dashboard, and Vite proxies it in development. */
  endpoint?: string;
  fetch?: typeof fetch;
}

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Sends one operation to the API and returns its data, typed by the generated document.
 * Throws GraphQLRequestError when the response carries errors, NetworkError when there is no usable response, and
 * the fetch AbortError when the signal aborts.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new NetworkError(`Unexpected response from the API (HTTP ${response.status})`, response.status);
  }
  if (body.errors && body.errors.length > 0) throw new GraphQLRequestError(body.errors);
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new NetworkError(`Unexpected response from the API (HTTP ${response.status})`, response.status);
  }
  return body.data;
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
