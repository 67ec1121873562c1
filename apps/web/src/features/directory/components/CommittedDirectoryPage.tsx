import { POPULATION_STRATUM_LABELS } from '@pacte/pact';
import { Link, useSearchParams } from 'react-router';
import { DownloadLinks, ErrorMessage, Loading, TableScroll, useDocumentTitle } from '../../../components/ui';
import { CommittedDirectoryDocument, DirectoryAreasDocument } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { localized } from '../../../lib/i18n/localized';
import { collectivityPath } from '../../../lib/routes';
import {
  KINDS,
  PAGE_SIZE,
  SORTS,
  SOURCES,
  STRATA,
  exportFiltersOf,
  readState,
  variablesOf,
  writeState,
  type DirectoryState,
} from '../utils/filters';

/**
 * /collectivites-engagees: every committed collectivity, filtered and sorted by the server, one page at a time; every
 * filter, the order and the page are in the address, and the download links give the same list.
 */
export function CommittedDirectoryPage() {
  const { t, plural, formatPercent, formatNumber, formatDate, locale } = useI18n();
  useDocumentTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const set = (change: Partial<DirectoryState>) => {
    const next = writeState({ ...state, page: 1, ...change });
    // The language, when the address names it, stays.
    const lang = params.get('lang');
    if (lang) next.set('lang', lang);
    setParams(next);
  };
  const { data, error, loading, refetch } = useQuery(CommittedDirectoryDocument, variablesOf(state), {
    keepPreviousData: true,
  });
  const areas = useQuery(DirectoryAreasDocument, {}).data?.nationalStatistics;
  const page = data?.committedCollectivities;
  const select = (name: keyof DirectoryState, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`directory-${name}`}>{label}</label>
      <select
        id={`directory-${name}`}
        name={name}
        value={String(state[name])}
        onChange={(e) => set({ [name]: e.target.value })}
      >
        <option value="">{t('directory.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const scoreField = (name: 'scoreMin' | 'scoreMax') => (
    <div className="field">
      <label htmlFor={`directory-${name}`}>{t(`directory.${name}`)}</label>
      <input
        id={`directory-${name}`}
        name={name}
        type="number"
        min={0}
        max={100}
        step={1}
        defaultValue={state[name]}
        key={state[name]}
        onBlur={(e) => e.target.value !== state[name] && set({ [name]: e.target.value })}
        onKeyDown={(e) => e.key === 'Enter' && set({ [name]: e.currentTarget.value })}
      />
    </div>
  );
  const pages = page ? Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)) : 1;

  return (
    <div className="container page">
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <form
        className="directory-filters"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        {select(
          'region',
          t('directory.region'),
          (areas?.byRegion ?? []).map((a) => ({ value: a.key, label: a.name ?? a.key })),
        )}
        {select(
          'departement',
          t('directory.departement'),
          (areas?.byDepartement ?? []).map((a) => ({ value: a.key, label: `${a.name ?? ''} (${a.key})` })),
        )}
        {select(
          'kind',
          t('directory.kind'),
          KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
        )}
        {select(
          'stratum',
          t('directory.stratum'),
          STRATA.map((s) => ({
            value: s,
            label: localized(POPULATION_STRATUM_LABELS[s], locale),
          })),
        )}
        {select(
          'source',
          t('directory.source'),
          SOURCES.map((s) => ({ value: s, label: t(`directory.source.${s}`) })),
        )}
        {scoreField('scoreMin')}
        {scoreField('scoreMax')}
        <div className="field">
          <label htmlFor="directory-sort">{t('directory.sort')}</label>
          <select id="directory-sort" value={state.sort} onChange={(e) => set({ sort: e.target.value })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`directory.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="directory-order">{t('directory.order')}</label>
          <select id="directory-order" value={state.order} onChange={(e) => set({ order: e.target.value })}>
            <option value="ASC">{t('directory.order.ASC')}</option>
            <option value="DESC">{t('directory.order.DESC')}</option>
          </select>
        </div>
      </form>
      <DownloadLinks dataset="committed-collectivities" filters={exportFiltersOf(state)} testId="directory-downloads" />
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : !page ? (
        <Loading />
      ) : (
        <>
          <p aria-live="polite" data-testid="directory-count">
            {plural('directory.count', page.totalCount)}
          </p>
          <TableScroll label={t('directory.title')}>
            <table className="data-table" aria-busy={loading}>
              <caption className="visually-hidden">{t('directory.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directory.col.name')}</th>
                  <th scope="col">{t('directory.col.kind')}</th>
                  <th scope="col">{t('directory.col.departement')}</th>
                  <th scope="col">{t('directory.col.population')}</th>
                  <th scope="col">{t('directory.col.source')}</th>
                  <th scope="col">{t('directory.col.committedOn')}</th>
                  <th scope="col">{t('directory.col.score')}</th>
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((c) => (
                  <tr key={c.id} data-testid="directory-row">
                    <th scope="row">
                      <Link to={collectivityPath(c.kind, c.code)}>{c.name}</Link>
                      {c.commitment?.demo && ' '}
                      {c.commitment?.demo && <span className="badge badge-demo">{t('common.demo')}</span>}
                    </th>
                    <td>{t(`kind.${c.kind}`)}</td>
                    <td>
                      {c.departement ? `${c.departement.name} (${c.departementCode})` : (c.departementCode ?? '—')}
                    </td>
                    <td>{c.population === null || c.population === undefined ? '—' : formatNumber(c.population)}</td>
                    <td>{c.commitment ? t(`directory.source.${c.commitment.source}`) : '—'}</td>
                    <td>{c.commitment ? formatDate(c.commitment.committedOn) : '—'}</td>
                    <td>{formatPercent(c.commitment?.scores.overall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {pages > 1 && (
            <nav className="pager" aria-label={t('directory.pages')}>
              <button
                type="button"
                className="button button-secondary"
                disabled={state.page <= 1 || loading}
                onClick={() => set({ page: state.page - 1 })}
              >
                {t('directory.previous')}
              </button>
              <span>{t('directory.pageOf', { page: state.page, pages })}</span>
              <button
                type="button"
                className="button button-secondary"
                disabled={!page.hasNextPage || loading}
                onClick={() => set({ page: state.page + 1 })}
              >
                {t('directory.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
