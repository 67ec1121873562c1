import { EVIDENCE_KIND_LABELS } from '@pacte/pact';
import { useCallback, useEffect, useId, useState } from 'react';
import { ActionEvidenceDocument, type ShownEvidenceFragment } from '../../../generated/graphql';
import { ErrorMessage, Loading } from '../../../components/ui';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { EvidenceItemActions, EvidenceLinker } from '../../editing';
import { EVIDENCE_MORE_PAGE, evidenceShown, morePageOffset } from '../utils/evidence';
import { fileTypeLabel } from '../utils/file-type';

interface LoadedPage {
  count: number;
  hasMore: boolean;
}

interface FirstPage {
  totalCount: number;
  hasNextPage: boolean;
  nodes: ShownEvidenceFragment[];
}

/**
 * An action's evidence, newest first: the page's first few, then "Voir plus" loads the next ones, a page at a time.
 * Each page loaded is a cached query of its own, asked again like the page when evidence changes.
 */
export function ActionEvidence({
  collectivityId,
  actionCode,
  firstPage,
}: {
  collectivityId: string;
  actionCode: string;
  firstPage: FirstPage;
}) {
  const { t, plural } = useI18n();
  const countId = useId();
  // Each page loaded by "Voir plus": how many pieces it holds and whether more follow (undefined while it loads).
  const [loaded, setLoaded] = useState<(LoadedPage | undefined)[]>([]);
  const report = useCallback((index: number, page: LoadedPage | undefined) => {
    setLoaded((pages) =>
      pages[index]?.count === page?.count && pages[index]?.hasMore === page?.hasMore
        ? pages
        : pages.map((p, i) => (i === index ? page : p)),
    );
  }, []);
  const total = firstPage.totalCount;
  if (total === 0) return null;
  const last = loaded.length ? loaded[loaded.length - 1] : undefined;
  const loading = loaded.length > 0 && last === undefined;
  const shown = evidenceShown(
    firstPage.nodes.length,
    loaded.map((p) => p?.count),
    total,
  );
  const hasMore = loaded.length === 0 ? firstPage.hasNextPage : (last?.hasMore ?? false);
  return (
    <div className="action-block">
      <h5>{t('collectivity.action.evidence')}</h5>
      <ul className="evidence">
        {firstPage.nodes.map((e) => (
          <EvidenceItem key={e.id} evidence={e} />
        ))}
        {loaded.map((_, index) => (
          <MoreEvidence
            key={index}
            collectivityId={collectivityId}
            actionCode={actionCode}
            index={index}
            report={report}
          />
        ))}
      </ul>
      {total > firstPage.nodes.length && (
        <p className="muted small" id={countId} role="status">
          {plural('collectivity.action.evidenceShown', shown, { total })}
        </p>
      )}
      {loading && <Loading label={t('collectivity.action.evidenceLoading')} />}
      {hasMore && (
        <button
          type="button"
          className="button"
          aria-describedby={countId}
          onClick={() => setLoaded((pages) => [...pages, undefined])}
        >
          {t('collectivity.action.evidenceMore')}
        </button>
      )}
    </div>
  );
}

/** One page loaded by "Voir plus": its pieces, and what it holds told to the list. */
function MoreEvidence({
  collectivityId,
  actionCode,
  index,
  report,
}: {
  collectivityId: string;
  actionCode: string;
  index: number;
  report: (index: number, page: LoadedPage | undefined) => void;
}) {
  const { data, error, refetch } = useQuery(
    ActionEvidenceDocument,
    { id: collectivityId, actionCode, first: EVIDENCE_MORE_PAGE, offset: morePageOffset(index) },
    { keepPreviousData: true },
  );
  const page = data?.collectivity.commitment?.evidencePage;
  useEffect(() => {
    report(index, page ? { count: page.nodes.length, hasMore: page.hasNextPage } : undefined);
  }, [report, index, page]);
  if (error) {
    return (
      <li>
        <ErrorMessage error={error} onRetry={refetch} />
      </li>
    );
  }
  return (
    <>
      {page?.nodes.map((e) => (
        <EvidenceItem key={e.id} evidence={e} />
      ))}
    </>
  );
}

/** One piece of evidence: its kind, date, title (a link to its address), file, and its members' actions. */
function EvidenceItem({ evidence: e }: { evidence: ShownEvidenceFragment }) {
  const { t, locale, formatDate, formatNumber } = useI18n();
  return (
    <li>
      <span className="badge">{EVIDENCE_KIND_LABELS[e.kind][locale]}</span>{' '}
      <time dateTime={e.date}>{formatDate(e.date)}</time> —{' '}
      {e.url ? (
        <a href={e.url} rel="noopener noreferrer">
          {e.title}
        </a>
      ) : (
        e.title
      )}
      {e.description && <span className="muted"> · {e.description}</span>}
      {e.file && (
        <>
          {' · '}
          <a href={e.file.url} rel="noopener noreferrer">
            {t('collectivity.action.evidenceFile', {
              type: fileTypeLabel(e.file.mimeType),
              size: formatNumber(Math.max(1, Math.round(e.file.size / 1024))),
            })}
          </a>
        </>
      )}
      <EvidenceLinker evidence={e} />
      <EvidenceItemActions evidence={e} />
    </li>
  );
}
