import { useCallback, useEffect, useState } from 'react';
import { CollectivityHistoryDocument } from '../../../generated/graphql';
import { isAbortError, request } from '../../../lib/graphql/client';
import { mergeHistoryPages, type HistoryEvent } from '../utils/history';

export const HISTORY_PAGE_SIZE = 20;

/** The collectivity's history, newest first, a page at a time ("show older entries"); a new `version` reloads it. */
export function useHistory(collectivityId: string, version = 0) {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [hasMore, setHasMore] = useState(false);

  const load = useCallback(
    async (before: string | null, signal?: AbortSignal) => {
      setLoading(true);
      setError(undefined);
      try {
        const data = await request(
          CollectivityHistoryDocument,
          { id: collectivityId, first: HISTORY_PAGE_SIZE, before },
          { signal },
        );
        const page = data.collectivity.history;
        setEvents((shown) => (before === null ? page : mergeHistoryPages(shown, page)));
        setHasMore(page.length === HISTORY_PAGE_SIZE);
      } catch (e) {
        if (isAbortError(e)) return;
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [collectivityId],
  );

  useEffect(() => {
    const controller = new AbortController();
    // Fetching is what this effect is for: load() marks the list as loading before its request goes out.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(null, controller.signal);
    return () => controller.abort();
  }, [load, version]);
  // Another collectivity starts from an empty list; a reload of the same one keeps its entries until the answer.
  const [shownFor, setShownFor] = useState(collectivityId);
  if (shownFor !== collectivityId) {
    setShownFor(collectivityId);
    setEvents([]);
  }

  const loadMore = useCallback(() => {
    const last = events[events.length - 1];
    if (last) void load(last.id);
  }, [events, load]);
  const retry = useCallback(() => void load(null), [load]);

  return { events, loading, error, hasMore, loadMore, retry };
}
