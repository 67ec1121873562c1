import type { CollectivityHistoryQuery } from '../../../generated/graphql';

export type HistoryEvent = CollectivityHistoryQuery['collectivity']['history'][number];

/** What one history entry says, as a message key of `history.event.*` and its values (still untranslated). */
export interface EventDescription {
  type:
    | 'progressCreated'
    | 'progressUpdated'
    | 'milestoneCreated'
    | 'milestoneReached'
    | 'milestoneUpdated'
    | 'evidenceCreated'
    | 'evidenceUpdated'
    | 'commitmentCreated'
    | 'listCreated'
    | 'listUpdated'
    | 'signatoryCreated'
    | 'signatoryUpdated'
    | 'collectivityCreated'
    | 'other';
  actionCode?: string;
  status?: string;
  previousStatus?: string;
  progress?: number | null;
  title?: string;
  outcome?: string;
  source?: string;
  /** Fields whose value changed, for UPDATE entries. */
  changed: string[];
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The keys whose values differ between before and after (deep, by JSON), in the order of `after`. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

/** Reads an entry of the append-only history into something a sentence can be made of. */
export function describeHistoryEvent(
  event: Pick<HistoryEvent, 'entityType' | 'action' | 'before' | 'after'>,
): EventDescription {
  const after = event.after ?? {};
  const before = event.before ?? null;
  const changed = changedFields(before, event.after ?? null);
  const created = event.action === 'CREATE';
  switch (event.entityType) {
    case 'ActionProgress':
      return {
        type: created || !before ? 'progressCreated' : 'progressUpdated',
        actionCode: str(after.actionCode),
        status: str(after.status),
        previousStatus: before ? str(before.status) : undefined,
        progress: typeof after.progress === 'number' ? after.progress : null,
        changed,
      };
    case 'Milestone':
      if (created)
        return { type: 'milestoneCreated', actionCode: str(after.actionCode), title: str(after.title), changed };
      return {
        type: after.reached === true && before?.reached === false ? 'milestoneReached' : 'milestoneUpdated',
        actionCode: str(after.actionCode),
        title: str(after.title),
        changed,
      };
    case 'Evidence':
      return { type: created ? 'evidenceCreated' : 'evidenceUpdated', title: str(after.title), changed };
    case 'Commitment':
      return { type: 'commitmentCreated', source: str(after.source), changed };
    case 'CandidateList':
      return {
        type: created ? 'listCreated' : 'listUpdated',
        title: str(after.name),
        outcome: str(after.outcome),
        changed,
      };
    case 'Signatory':
      return {
        type: created ? 'signatoryCreated' : 'signatoryUpdated',
        title: [str(after.firstName), str(after.lastName)].filter(Boolean).join(' ') || undefined,
        changed,
      };
    case 'Collectivity':
      return { type: 'collectivityCreated', title: str(after.name), changed };
    default:
      return { type: 'other', changed };
  }
}

/** Appends a page of older entries, ignoring any already shown (a page may overlap after new writes). */
export function mergeHistoryPages(
  shown: ReadonlyArray<HistoryEvent>,
  page: ReadonlyArray<HistoryEvent>,
): HistoryEvent[] {
  const seen = new Set(shown.map((e) => e.id));
  return [...shown, ...page.filter((e) => !seen.has(e.id))];
}
