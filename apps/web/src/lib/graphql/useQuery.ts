import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../../generated/graphql';
import { isAbortError, request } from './client';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: Error | undefined;
  /** True while a request is in flight (the previous data, if any, stays available). */
  loading: boolean;
  refetch(): void;
}

export interface UseQueryOptions {
  /** Do not send the request (e.g. the search box is empty); data is reset to undefined. */
  skip?: boolean;
  /** Keep showing the previous variables' data while the new request runs (search results as you type). */
  keepPreviousData?: boolean;
  /**
   * Ask again whenever this changes, with the same variables: a page's version, bumped after an edit elsewhere on
   * the page that this query shows the consequences of.
   */
  version?: number;
}

/**
 * Runs a typed GraphQL query and re-runs it when the variables change (compared by value). The request in flight is
 * aborted when the variables change or the component unmounts, so a slow answer never overwrites a newer one.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: UseQueryOptions = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables ?? {});
  const skip = options.skip ?? false;
  const keepPreviousData = options.keepPreviousData ?? false;
  const version = options.version ?? 0;
  const [state, setState] = useState<{ data?: TResult; error?: Error; loading: boolean }>({ loading: !skip });
  const [generation, setGeneration] = useState(0);
  const variablesRef = useRef(variables);
  // Layout effects run before effects: the request below reads this render's variables.
  useLayoutEffect(() => {
    variablesRef.current = variables;
  });

  useEffect(() => {
    // Fetching is what this effect is for: the state says at once whether a request is in flight.
    /* eslint-disable react-hooks/set-state-in-effect */
    if (skip) {
      setState({ loading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: keepPreviousData ? previous.data : undefined, loading: true }));
    /* eslint-enable react-hooks/set-state-in-effect */
    request(document, variablesRef.current, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => controller.abort();
    // `key` stands for the variables, compared by value; keepPreviousData only matters when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, skip, generation, version]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}
