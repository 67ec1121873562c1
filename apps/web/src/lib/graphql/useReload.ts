import type { AnyVariables } from '@urql/core';
import { useCallback } from 'react';
import { useClient } from 'urql';
import { queryText, type TypedDocument } from './client';

/**
 * Asks the API again for a query, for a change the cache cannot see (an evidence file uploaded by a plain POST):
 * a one-off request whose answer goes into the cache, where every query on screen that shows it follows. The
 * components' own subscriptions are left alone.
 */
export function useReload<TResult, TVariables extends AnyVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): () => void {
  const client = useClient();
  const key = JSON.stringify(variables);
  return useCallback(
    () =>
      void client
        .query(queryText(document), JSON.parse(key) as TVariables, { requestPolicy: 'network-only' })
        .toPromise(),
    [client, document, key],
  );
}
