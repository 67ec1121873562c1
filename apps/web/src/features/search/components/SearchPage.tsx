import { COLLECTIVITY_KINDS } from '@pacte/pact';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/ui';
import type { CollectivityKind } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';
import { readSearchState, writeSearchState, type SearchState } from '../utils/query';
import { SearchBox } from './SearchBox';

const PAGE_SIZE = 30;

/**
 * /recherche?q=…&kind=…&engagees=1&page=…: the search with pages of results, filtered by kind and to committed
 * collectivities; the query, the filters and the page stay in the address so that it can be shared.
 */
export function SearchPage() {
  const { t } = useI18n();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  const set = useCallback(
    (change: Partial<SearchState>) =>
      setParams(
        (current) => {
          const next = writeSearchState({ ...readSearchState(current), page: 1, ...change });
          // The language, when the address names it, stays.
          const lang = current.get('lang');
          if (lang) next.set('lang', lang);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onQueryChange = useCallback((q: string) => set({ q }), [set]);
  const onPageChange = useCallback((page: number) => set({ page }), [set]);
  return (
    <div className="container page">
      <h1>{t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      <form className="search-filters" aria-label={t('search.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="search-kind">{t('search.kind')}</label>
          <select id="search-kind" value={state.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">{t('search.anyKind')}</option>
            {COLLECTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id="search-committed"
            type="checkbox"
            checked={state.committed}
            onChange={(e) => set({ committed: e.target.checked })}
          />
          <label htmlFor="search-committed">{t('search.committedOnly')}</label>
        </div>
      </form>
      <SearchBox
        initialQuery={state.q}
        first={PAGE_SIZE}
        resultsHeading
        kinds={state.kind ? [state.kind as CollectivityKind] : undefined}
        committedOnly={state.committed}
        page={state.page}
        onPageChange={onPageChange}
        onQueryChange={onQueryChange}
      />
    </div>
  );
}
