import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CollectivityKind, SearchCollectivitiesQuery } from '../../../generated/graphql';
import { SearchCollectivitiesDocument } from '../../../generated/graphql';
import { ErrorMessage } from '../../../components/ui';
import { useResultsKeyboard } from '../../../components/ui/useResultsKeyboard';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { useDebouncedValue } from '../../../lib/hooks/useDebouncedValue';
import { isSearchable, normalizeQuery } from '../utils/query';

export type SearchResult = SearchCollectivitiesQuery['searchCollectivities']['nodes'][number];

export interface SearchBoxProps {
  /** Initial text (e.g. from the address bar). */
  initialQuery?: string;
  /** Called with the text once it has settled (to keep it in the address bar). */
  onQueryChange?(query: string): void;
  /** Where a result leads; the collectivity page by default. */
  hrefFor?(result: SearchResult): string;
  kinds?: CollectivityKind[];
  label?: string;
  first?: number;
  /** The h2 of the results, when the box is the main content of its page. */
  resultsHeading?: boolean;
  /** Only collectivities committed to the pact. */
  committedOnly?: boolean;
  /** The page of results shown (from 1), `first` results a page. */
  page?: number;
  /** Given, the box offers the next and previous pages of results ("Plus de résultats"). */
  onPageChange?(page: number): void;
}

const DEBOUNCE_MS = 250;

/**
 * Instant search: results appear as you type (debounced), as a plain list of links. Arrow keys move between the box
 * and the results; Tab works as everywhere else. The number of results is announced politely.
 */
export function SearchBox({
  initialQuery = '',
  onQueryChange,
  hrefFor = (r) => collectivityPath(r.kind, r.code),
  kinds,
  label,
  first = 10,
  resultsHeading = false,
  committedOnly = false,
  page = 1,
  onPageChange,
}: SearchBoxProps) {
  const { t, plural, formatNumber, formatPercent } = useI18n();
  const id = useId();
  const [text, setText] = useState(initialQuery);
  const debounced = normalizeQuery(useDebouncedValue(text, DEBOUNCE_MS));
  const searchable = isSearchable(debounced);
  const { data, error, loading, refetch } = useQuery(
    SearchCollectivitiesDocument,
    { query: debounced, first, offset: (page - 1) * first, kinds: kinds ?? null, committedOnly },
    { skip: !searchable, keepPreviousData: true },
  );
  const { inputRef, listRef, onInputKey, onListKey, onInputFocus } = useResultsKeyboard(() => setText(''));
  const lastReported = useRef(normalizeQuery(initialQuery));
  useEffect(() => {
    if (onQueryChange && debounced !== lastReported.current) {
      lastReported.current = debounced;
      onQueryChange(debounced);
    }
  }, [debounced, onQueryChange]);

  const results = searchable ? (data?.searchCollectivities.nodes ?? []) : [];
  const total = searchable ? (data?.searchCollectivities.totalCount ?? 0) : 0;
  const offset = searchable ? (data?.searchCollectivities.offset ?? 0) : 0;
  const hasNextPage = searchable && (data?.searchCollectivities.hasNextPage ?? false);
  const settled = searchable && !loading && normalizeQuery(text) === debounced;

  let status = '';
  if (!searchable) status = normalizeQuery(text).length > 0 ? t('search.tooShort') : '';
  else if (loading || normalizeQuery(text) !== debounced) status = t('search.searching');
  else if (!error) status = total === 0 ? t('search.noResult', { query: debounced }) : plural('search.results', total);

  return (
    <div className="search-box" role="search" aria-label={t('search.landmark')}>
      <label htmlFor={`${id}-input`} className="search-label">
        {label ?? t('search.label')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        className="search-input"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-controls={`${id}-results`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onInputKey}
        onFocus={onInputFocus}
      />
      <p id={`${id}-status`} className="search-status" role="status" aria-live="polite">
        {status}
      </p>
      {error && searchable && <ErrorMessage error={error} onRetry={refetch} />}
      {resultsHeading && results.length > 0 && <h2 className="visually-hidden">{t('search.resultsHeading')}</h2>}
      <ul
        id={`${id}-results`}
        ref={listRef}
        className="search-results"
        aria-label={t('search.resultsHeading')}
        aria-busy={!settled}
        onKeyDown={onListKey}
      >
        {results.map((r) => (
          <li key={r.id}>
            <Link to={hrefFor(r)} className="search-result">
              <span className="search-result-name">{r.name}</span>
              <span className="search-result-meta">
                {t(`kind.${r.kind}`)} · {r.code}
                {r.postcodes.length > 0 &&
                  ` · ${r.postcodes.slice(0, 3).join(', ')}${r.postcodes.length > 3 ? '…' : ''}`}
                {r.departementCode &&
                  r.kind !== 'DEPARTEMENT' &&
                  ` · ${
                    r.departement
                      ? t('search.departementNamed', { name: r.departement.name, code: r.departementCode })
                      : t('search.departement', { code: r.departementCode })
                  }`}
                {r.population !== null && ` · ${plural('common.inhabitants', r.population)}`}
              </span>
              {r.matchedBy && r.matchedBy !== 'NAME' && (
                <span className="search-match" data-testid="search-match">
                  {t(`search.match.${r.matchedBy}`, { value: r.matchedBy === 'INSEE_CODE' ? r.code : debounced })}
                </span>
              )}
              {r.commitment && (
                <span className="badge badge-committed">
                  {t(r.commitment.demo ? 'search.committedDemo' : 'search.committed', {
                    progress: formatPercent(r.commitment.scores.overall),
                  })}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {searchable && total > results.length && !onPageChange && (
        <p className="muted">{t('search.more', { shown: formatNumber(results.length), total: formatNumber(total) })}</p>
      )}
      {onPageChange && searchable && results.length > 0 && (offset > 0 || hasNextPage) && (
        <nav className="pager" aria-label={t('search.pages')}>
          <span data-testid="search-range">
            {t('search.range', {
              from: formatNumber(offset + 1),
              to: formatNumber(offset + results.length),
              total: formatNumber(total),
            })}
          </span>
          {offset > 0 && (
            <button
              type="button"
              className="button button-secondary"
              disabled={loading}
              onClick={() => onPageChange(page - 1)}
            >
              {t('search.previous')}
            </button>
          )}
          {hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={loading}
              onClick={() => onPageChange(page + 1)}
            >
              {t('search.next')}
            </button>
          )}
        </nav>
      )}
    </div>
  );
}
