import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { CollectivityHistoryDocument, type CollectivityHistoryQuery } from '../../../generated/graphql';
import { queryText, toRequestError, useQuery } from '../../../lib/graphql';
import { mergeHistoryPages, type HistoryEvent } from '../utils/history';

export const HISTORY_PAGE_SIZE = 20;

interface OlderPages {
  /** The newest entry when they were loaded: a change adds a newer one, and the older pages are dropped. */
  after: string;
  events: HistoryEvent[];
  hasMore: boolean;
}

/**
 * The collectivity's history, newest first, a page at a time ("show older entries"). The newest page is a cached
 * query: every change on the page invalidates the history (lib/graphql/cache.ts) and it is asked again.
 */
export function useHistory(collectivityId: string) {
  const client = useClient();
  const variables = { id: collectivityId, first: HISTORY_PAGE_SIZE, before: null };
  const newest = useQuery(CollectivityHistoryDocument, variables, { keepPreviousData: true });
  // Another collectivity starts from an empty list; a reload of the same one keeps its entries until the answer.
  const head = newest.data?.collectivity.id === collectivityId ? newest.data.collectivity.history : undefined;
  const [older, setOlder] = useState<OlderPages>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  const anchor = head?.[0]?.id;
  const shownOlder = older && older.after === anchor ? older : undefined;
  const events = head ? (shownOlder ? mergeHistoryPages(head, shownOlder.events) : [...head]) : [];
  const hasMore = shownOlder ? shownOlder.hasMore : head?.length === HISTORY_PAGE_SIZE;
  const last = events[events.length - 1]?.id;

  const loadMore = useCallback(async () => {
    if (!last || !anchor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    const result = await client
      .query<CollectivityHistoryQuery>(queryText(CollectivityHistoryDocument), {
        id: collectivityId,
        first: HISTORY_PAGE_SIZE,
        before: last,
      })
      .toPromise();
    setLoadingMore(false);
    if (result.error) {
      setMoreError(toRequestError(result.error));
      return;
    }
    const page = result.data?.collectivity.history ?? [];
    setOlder({
      after: anchor,
      events: [...(shownOlder?.events ?? []), ...page],
      hasMore: page.length === HISTORY_PAGE_SIZE,
    });
  }, [client, collectivityId, last, anchor, shownOlder]);

  const retry = useCallback(() => {
    setMoreError(undefined);
    newest.refetch();
  }, [newest]);

  return {
    events,
    loading: (newest.loading && !head) || loadingMore,
    error: newest.error ?? moreError,
    hasMore,
    loadMore: () => void loadMore(),
    retry,
  };
}
