import { createRequest, type AnyVariables } from '@urql/core';
import { useCallback, useMemo } from 'react';
import { useQuery as useUrqlQuery } from 'urql';
import { queryText, toRequestError, type GraphQLRequestError, type NetworkError, type TypedDocument } from './client';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: GraphQLRequestError | NetworkError | undefined;
  /** True while a request is in flight (the previous data, if any, stays available). */
  loading: boolean;
  /** Asks the API again, whatever the cache holds. */
  refetch(): void;
}

export interface UseQueryOptions {
  /** Do not send the request (e.g. the search box is empty); data is undefined. */
  skip?: boolean;
  /** Keep showing the previous variables' data while the new request runs (search results as you type). */
  keepPreviousData?: boolean;
}

/**
 * Runs a typed GraphQL query through urql and its normalised cache. It asks again when the variables change, and
 * whenever a mutation updates or invalidates what it shows (see ./cache.ts): no component counts versions.
 */
export function useQuery<TResult, TVariables extends AnyVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: UseQueryOptions = {},
): QueryState<TResult> {
  const skip = options.skip ?? false;
  const query = queryText(document);
  const key = createRequest(query, variables).key;
  // urql compares variables by value; a stable object keeps the hook from asking twice.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the variables, compared by value
  const stableVariables = useMemo(() => variables, [key]);
  const [result, reexecute] = useUrqlQuery<TResult, TVariables>({
    query,
    variables: stableVariables,
    pause: skip,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // urql keeps the previous variables' answer while the new one comes; it is shown only when asked for.
  const current = result.operation?.key === key;
  const shown = skip ? undefined : current || options.keepPreviousData ? result : undefined;
  return {
    data: shown?.data ?? undefined,
    error: shown?.error && current ? toRequestError(shown.error) : undefined,
    loading: !skip && (result.fetching || !current),
    refetch,
  };
}
