import type { ExportFilterValues } from '@pacte/pact';
import { useState } from 'react';
import { Link } from 'react-router';
import { DownloadLinks, ErrorMessage, Loading } from '../../../components/ui';
import { TerritoryCommittedDocument, type CollectivityKind } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath, paths } from '../../../lib/routes';

export const TERRITORY_PAGE_SIZE = 50;
/** The API answers at most 100 a page: past that, the list of committed collectivities (paged) or the export. */
const TERRITORY_MAX = 100;

/** How a territory filters the list: a département or a région by its code, an EPCI by its SIREN (its members). */
export function territoryFilter(
  kind: CollectivityKind,
  code: string,
  isEpci: boolean,
): {
  variables: { departementCode?: string; regionCode?: string; epciCode?: string };
  filters: ExportFilterValues;
} | null {
  if (kind === 'DEPARTEMENT') return { variables: { departementCode: code }, filters: { departement: code } };
  if (kind === 'REGION') return { variables: { regionCode: code }, filters: { region: code } };
  if (isEpci) return { variables: { epciCode: code }, filters: { epci: code } };
  return null;
}

/**
 * The committed collectivities of a département or a région, or the committed member communes of an EPCI, by name,
 * with "more" for the next ones and the same list for download.
 */
export function TerritoryCommitted({ kind, code, isEpci }: { kind: CollectivityKind; code: string; isEpci: boolean }) {
  const { t, plural, formatPercent } = useI18n();
  const [shown, setShown] = useState(TERRITORY_PAGE_SIZE);
  const territory = territoryFilter(kind, code, isEpci);
  const { data, error, loading, refetch } = useQuery(
    TerritoryCommittedDocument,
    { ...territory?.variables, first: shown, offset: 0 },
    { skip: territory === null, keepPreviousData: true },
  );
  if (!territory) return null;
  const page = data?.committedCollectivities;
  const directoryLink = isEpci ? null : `${paths.committed}?${new URLSearchParams(territory.filters)}`;
  return (
    <section className="section" aria-labelledby="territory-committed-heading" data-testid="territory-committed">
      <h2 id="territory-committed-heading">
        {t(isEpci ? 'collectivity.territory.titleEpci' : 'collectivity.territory.title')}
      </h2>
      <DownloadLinks dataset="committed-collectivities" filters={territory.filters} testId="territory-downloads" />
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : !page ? (
        <Loading />
      ) : page.totalCount === 0 ? (
        <p>{t(isEpci ? 'collectivity.territory.noneEpci' : 'collectivity.territory.none')}</p>
      ) : (
        <>
          <p aria-live="polite" data-testid="territory-count">
            {plural('collectivity.territory.count', page.totalCount)}
          </p>
          <ul className="territory-list" aria-busy={loading}>
            {page.nodes.map((c) => (
              <li key={c.id} data-testid="territory-row">
                <Link to={collectivityPath(c.kind, c.code)}>{c.name}</Link>{' '}
                <span className="muted">
                  {t(`kind.${c.kind}`)} · {formatPercent(c.commitment?.scores.overall)}
                </span>
              </li>
            ))}
          </ul>
          {page.hasNextPage && shown < TERRITORY_MAX && (
            <button
              type="button"
              className="button button-secondary"
              disabled={loading}
              onClick={() => setShown((n) => Math.min(TERRITORY_MAX, n + TERRITORY_PAGE_SIZE))}
            >
              {t('collectivity.territory.more')}
            </button>
          )}
          {directoryLink && (
            <p>
              <Link to={directoryLink}>{t('collectivity.territory.directory')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
