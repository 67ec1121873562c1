import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../../components/ui';
import { CommittedInDepartementDocument } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';

const PAGE_SIZE = 20;

/**
 * The committed collectivities of one département, by name, each linking to its page: what a circle of the map or a
 * row of the table opens. The heading takes the focus so that keyboard and screen reader users land on the list.
 */
export function CommittedInDepartement({ code, name, onClose }: { code: string; name: string; onClose(): void }) {
  const { t, plural, formatPercent } = useI18n();
  const [offset, setOffset] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Mounted anew for each département (the parent keys it by code): the list starts at its first page, focused.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { data, error, loading, refetch } = useQuery(
    CommittedInDepartementDocument,
    { departementCode: code, first: PAGE_SIZE, offset },
    { keepPreviousData: true },
  );
  const page = data?.committedCollectivities;

  return (
    <section className="committed-list" aria-labelledby="committed-list-heading">
      <div className="committed-list-header">
        <h3 id="committed-list-heading" ref={heading} tabIndex={-1}>
          {t('overview.map.listTitle', { name, code })}
        </h3>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('overview.map.listClose')}
        </button>
      </div>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : !page ? (
        <Loading label={t('overview.map.listLoading')} />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {plural('overview.map.commitments', page.totalCount)}
            {page.totalCount > PAGE_SIZE &&
              ` — ${t('overview.map.listRange', {
                from: page.offset + 1,
                to: page.offset + page.nodes.length,
              })}`}
          </p>
          <ul className="committed-list-items" aria-busy={loading}>
            {page.nodes.map((c) => (
              <li key={c.id}>
                <Link to={collectivityPath(c.kind, c.code)}>{c.name}</Link>{' '}
                {c.commitment?.demo && <span className="badge badge-demo">{t('common.demo')}</span>}{' '}
                <span className="muted">
                  {t(`kind.${c.kind}`)} ·{' '}
                  {t('overview.map.listProgress', {
                    progress: formatPercent(c.commitment?.scores.overall),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {(page.offset > 0 || page.hasNextPage) && (
            <div className="pager">
              <button
                type="button"
                className="button button-secondary"
                disabled={page.offset === 0 || loading}
                onClick={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}
              >
                {t('overview.map.listPrevious')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={!page.hasNextPage || loading}
                onClick={() => setOffset(page.offset + PAGE_SIZE)}
              >
                {t('overview.map.listNext')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
