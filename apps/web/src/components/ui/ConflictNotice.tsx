import { GraphQLRequestError } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';

/** A refused stale edit: the record changed since the page read it (`CONFLICT`, see docs/api.md). */
export interface Conflict {
  /** The version to send back to re-apply the change over what is there now. */
  currentVersion: number;
  /** The record as the API returns it now. */
  current: Record<string, unknown>;
}

/** The conflict carried by a failed request, or null when the error is something else. */
export function conflictOf(error: unknown): Conflict | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT') return null;
  const extensions = error.errors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions ?? {};
  const { currentVersion, current } = extensions as { currentVersion?: unknown; current?: unknown };
  if (typeof currentVersion !== 'number' || typeof current !== 'object' || current === null) return null;
  return { currentVersion, current: current as Record<string, unknown> };
}

/** The error for the form's usual error line: none when the conflict notice shows it. */
export function withoutConflict(error: unknown): unknown {
  return conflictOf(error) ? undefined : error;
}

/**
 * Tells the person that someone changed the record while they were editing it, shows what it holds now, and lets
 * them re-apply their own change over it or keep the current one. French and English texts (`conflict.*`).
 */
export function ConflictNotice({
  error,
  fields,
  pending,
  onReapply,
  onKeep,
}: {
  /** A form's failure: the notice shows only when it is a conflict (see {@link withoutConflict} for the rest). */
  error: unknown;
  /** What the record holds now, in words: [label, value] pairs. */
  fields: (current: Record<string, unknown>) => ReadonlyArray<readonly [string, string]>;
  pending: boolean;
  /** Sends the person's change again, naming the current version. */
  onReapply(currentVersion: number): void;
  /** Drops the person's change and shows the current record. */
  onKeep(): void;
}) {
  const { t } = useI18n();
  const conflict = conflictOf(error);
  if (!conflict) return null;
  return (
    <div className="notice notice-error conflict-notice" role="alert">
      <p>{t('conflict.title')}</p>
      <p>{t('conflict.current')}</p>
      <dl className="conflict-current">
        {fields(conflict.current).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-disabled={pending}
          onClick={() => !pending && onReapply(conflict.currentVersion)}
        >
          {t('conflict.reapply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeep}>
          {t('conflict.keep')}
        </button>
      </div>
    </div>
  );
}
