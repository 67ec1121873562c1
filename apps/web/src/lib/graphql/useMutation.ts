import type { AnyVariables } from '@urql/core';
import { useCallback } from 'react';
import { useMutation as useUrqlMutation } from 'urql';
import { NetworkError, queryText, toRequestError, type TypedDocument } from './client';

/**
 * A typed mutation: returns a function that sends it and resolves with its data, or throws GraphQLRequestError /
 * NetworkError (what `useSubmit` and FormError expect). What it changes is updated or invalidated in the cache by
 * ./cache.ts, so that every query showing it asks again by itself.
 */
export function useMutation<TResult, TVariables extends AnyVariables>(
  document: TypedDocument<TResult, TVariables>,
): (variables: TVariables) => Promise<TResult> {
  const [, execute] = useUrqlMutation<TResult, TVariables>(queryText(document));
  return useCallback(
    async (variables: TVariables) => {
      const result = await execute(variables);
      if (result.error) throw toRequestError(result.error);
      if (result.data === undefined || result.data === null) throw new NetworkError('Unexpected response from the API');
      return result.data;
    },
    [execute],
  );
}
