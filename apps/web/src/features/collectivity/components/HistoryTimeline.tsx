import { historySentence } from '@pacte/pact';
import { EmptyState, ErrorMessage, Loading } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { ROLE_LABELS } from '../../account';
import { useHistory } from '../hooks/useHistory';
import type { HistoryEvent } from '../utils/history';

/** The append-only history of this collectivity: every change, who made it and when, newest first. */
export function HistoryTimeline({ collectivityId }: { collectivityId: string }) {
  const { t } = useI18n();
  const { events, loading, error, hasMore, loadMore, retry } = useHistory(collectivityId);
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('collectivity.history.title')}</h2>
      <p className="muted">{t('collectivity.history.intro')}</p>
      {events.length > 0 && (
        <ol className="timeline">
          {events.map((event) => (
            <HistoryEntry key={event.id} event={event} />
          ))}
        </ol>
      )}
      {error && <ErrorMessage error={error} onRetry={retry} />}
      {loading && <Loading label={t('collectivity.history.loading')} />}
      {!loading && !error && events.length === 0 && <EmptyState title={t('collectivity.history.empty')} />}
      {!loading && hasMore && (
        <button type="button" className="button" onClick={loadMore}>
          {t('collectivity.history.more')}
        </button>
      )}
    </section>
  );
}

function HistoryEntry({ event }: { event: HistoryEvent }) {
  const { t, locale, formatDateTime } = useI18n();
  /** Who made the change: the role a signed-in author acted in (never a name), the site team, or a job's label. */
  const historyAuthor = (e: HistoryEvent) => {
    if (e.actorRole)
      return t('collectivity.history.byRole', { role: ROLE_LABELS[e.actorRole]?.[locale] ?? e.actorRole });
    if (e.actorLabel === 'user') return t('collectivity.history.byUser');
    if (e.actorLabel === 'platform operator') return t('collectivity.history.byOperator');
    if (e.actorLabel === 'démo' || e.actorLabel === 'demo') return t('collectivity.history.byDemo');
    return t('collectivity.history.by', { actor: e.actorLabel });
  };
  // One sentence about the thing that changed, from the typed event (libs/pact): no code name, no field name.
  const text = historySentence(event)[locale];
  return (
    <li className="timeline-entry" data-testid="history-entry">
      <time dateTime={event.occurredAt} className="timeline-date">
        {formatDateTime(event.occurredAt)}
      </time>
      <p className="timeline-text">{text}</p>
      <p className="muted small">{historyAuthor(event)}</p>
    </li>
  );
}
