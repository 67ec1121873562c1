import { z } from 'zod';
import {
  EventParseError,
  EventType,
  HistoryAction,
  SnapshotPair,
  changed,
  created,
  defineEvent,
  erased,
  withdrawn,
  pairWithUnknownVersion,
  withVersion,
} from './define';
import {
  assessmentReplySnapshot,
  assessmentSnapshot,
  candidateListSnapshot,
  collectivitySnapshot,
  commitmentSnapshot,
  evidenceSnapshot,
  fleetSnapshot,
  inventoryItemSnapshot,
  inventoryStageFields,
  milestoneSnapshot,
  pooledItSnapshot,
  progressSnapshot,
  reviewItemSnapshot,
  roleGrantSnapshot,
  sectionAssessmentSnapshot,
  sectionSelfAssessmentSnapshot,
  signatorySnapshot,
  tnlLabelSnapshot,
} from './snapshots';

/**
 * The creation and the update of a record that has a version (optimistic locking): version 1 of both events is the
 * snapshot as first written; version 2 adds the record's `version` (null when upcast from version 1).
 */
function versionedRecord<
  const C extends string,
  const U extends string,
  Shape extends z.ZodRawShape,
  E extends z.ZodRawShape = Record<never, never>,
>(
  entityType: string,
  names: { created: C; updated: U },
  snapshot: z.ZodObject<Shape>,
  /** What the `after` of an update may carry besides the snapshot. */
  updateExtras: E = {} as E,
) {
  const v1 = snapshot;
  const v2 = withVersion(snapshot);
  const upcast = (payload: SnapshotPair<object | null, object | null>) => pairWithUnknownVersion(payload);
  return {
    created: defineEvent({
      name: names.created,
      entityType,
      action: 'CREATE',
      version: 2,
      schema: created(v2),
      older: [{ version: 1, schema: created(v1), upcast }],
    }),
    updated: defineEvent({
      name: names.updated,
      entityType,
      action: 'UPDATE',
      version: 2,
      schema: z.object({ before: v2, after: v2.extend(updateExtras) }),
      older: [{ version: 1, schema: z.object({ before: v1, after: v1.extend(updateExtras) }), upcast }],
    }),
  };
}

const progress = versionedRecord(
  'ActionProgress',
  { created: 'ActionProgressCreated', updated: 'ActionProgressUpdated' },
  progressSnapshot,
);
const milestone = versionedRecord(
  'Milestone',
  { created: 'MilestoneCreated', updated: 'MilestoneUpdated' },
  milestoneSnapshot,
);
const evidence = versionedRecord(
  'Evidence',
  { created: 'EvidenceCreated', updated: 'EvidenceUpdated' },
  evidenceSnapshot,
);
const inventory = versionedRecord(
  'InventoryItem',
  { created: 'InventoryItemCreated', updated: 'InventoryItemUpdated' },
  inventoryItemSnapshot,
  inventoryStageFields,
);
const candidateList = versionedRecord(
  'CandidateList',
  { created: 'CandidateListCreated', updated: 'CandidateListUpdated' },
  candidateListSnapshot,
);
const signatory = versionedRecord(
  'Signatory',
  { created: 'SignatoryCreated', updated: 'SignatoryUpdated' },
  signatorySnapshot,
);

const once = <const N extends string, S extends z.ZodType>(
  name: N,
  entityType: string,
  action: HistoryAction,
  schema: S,
) => defineEvent({ name, entityType, action, version: 1, schema });

/**
 * The event catalogue: every change the history records, one event type each. `docs/architecture.md` lists them
 * with their writers and readers.
 */
export const HISTORY_EVENTS = {
  ActionProgressCreated: progress.created,
  ActionProgressUpdated: progress.updated,
  MilestoneCreated: milestone.created,
  MilestoneUpdated: milestone.updated,
  /** A milestone withdrawn (`after.reason`): it leaves the page and the exports, its entries stay. */
  MilestoneWithdrawn: once('MilestoneWithdrawn', 'Milestone', 'WITHDRAW', withdrawn(withVersion(milestoneSnapshot))),
  /** A new piece of evidence (recorded with its file: the file's SHA-256 in `after.fileSha256`). */
  EvidenceCreated: evidence.created,
  /** Evidence edited, linked to more or fewer actions, or a file attached (its SHA-256 in `after.fileSha256`). */
  EvidenceUpdated: evidence.updated,
  /** Evidence withdrawn (`after.reason`): it leaves the page and the exports, its entries stay. */
  EvidenceWithdrawn: once('EvidenceWithdrawn', 'Evidence', 'WITHDRAW', withdrawn(withVersion(evidenceSnapshot))),
  InventoryItemCreated: inventory.created,
  /** An item edited, or its migration advanced (then `after` carries `stageNotes` and `stageEvidenceIds`). */
  InventoryItemUpdated: inventory.updated,
  /** A collectivity's fleet declared for one audience; `before` is the declaration it replaces, if any. */
  FleetDeclared: once(
    'FleetDeclared',
    'Fleet',
    'UPDATE',
    z.object({ before: fleetSnapshot.nullable(), after: fleetSnapshot }),
  ),
  /**
   * A commune points to the EPCI or syndicat that runs its IT (`after`), or no longer does (`after` null); `before`
   * is the body it pointed to, if any.
   */
  PooledItSet: once(
    'PooledItSet',
    'PooledIt',
    'UPDATE',
    z.object({ before: pooledItSnapshot.nullable(), after: pooledItSnapshot.nullable() }),
  ),
  CandidateListCreated: candidateList.created,
  CandidateListUpdated: candidateList.updated,
  SignatoryCreated: signatory.created,
  SignatoryUpdated: signatory.updated,
  SignatoryErased: once('SignatoryErased', 'Signatory', 'ERASE', erased),
  CommitmentCreated: once('CommitmentCreated', 'Commitment', 'CREATE', created(commitmentSnapshot)),
  /**
   * A commitment withdrawn (`after.reason`), e.g. a later results file gave the majority to another list: it leaves
   * the directory and the figures; the row and its entries stay.
   */
  CommitmentWithdrawn: once('CommitmentWithdrawn', 'Commitment', 'WITHDRAW', withdrawn(commitmentSnapshot)),
  CollectivityCreated: once('CollectivityCreated', 'Collectivity', 'CREATE', created(collectivitySnapshot)),
  /** A verdict; `before` is the assessment it supersedes, if any (which stays, superseded). */
  AssessmentCreated: once(
    'AssessmentCreated',
    'Assessment',
    'CREATE',
    z.object({ before: assessmentSnapshot.nullable(), after: assessmentSnapshot }),
  ),
  /** The collectivity's first word on one section of the pact (a status and a short explanation). */
  SectionSelfAssessmentCreated: once(
    'SectionSelfAssessmentCreated',
    'SectionSelfAssessment',
    'CREATE',
    created(sectionSelfAssessmentSnapshot),
  ),
  /** The collectivity's self-assessment of a section changed. */
  SectionSelfAssessmentUpdated: once(
    'SectionSelfAssessmentUpdated',
    'SectionSelfAssessment',
    'UPDATE',
    changed(sectionSelfAssessmentSnapshot),
  ),
  /** An auditor's verdict on a section; `before` is the same auditor's verdict it supersedes, if any. */
  SectionAssessmentCreated: once(
    'SectionAssessmentCreated',
    'SectionAssessment',
    'CREATE',
    z.object({ before: sectionAssessmentSnapshot.nullable(), after: sectionAssessmentSnapshot }),
  ),
  AssessmentReplyCreated: once('AssessmentReplyCreated', 'AssessmentReply', 'CREATE', created(assessmentReplySnapshot)),
  TnlLabelCreated: once('TnlLabelCreated', 'TnlLabel', 'CREATE', created(tnlLabelSnapshot)),
  RoleGrantCreated: once('RoleGrantCreated', 'RoleGrant', 'CREATE', created(roleGrantSnapshot)),
  /** A request approved or refused, a role revoked. */
  RoleGrantUpdated: once('RoleGrantUpdated', 'RoleGrant', 'UPDATE', changed(roleGrantSnapshot)),
  UserErased: once('UserErased', 'User', 'ERASE', erased),
  /** Something queued for a moderator's decision (an uncertain match of an import, a declared commitment). */
  ReviewItemCreated: once('ReviewItemCreated', 'ReviewItem', 'CREATE', created(reviewItemSnapshot)),
  /** A review item accepted or refused (with its reason). */
  ReviewItemUpdated: once('ReviewItemUpdated', 'ReviewItem', 'UPDATE', changed(reviewItemSnapshot)),
} as const;

type Catalogue = typeof HISTORY_EVENTS;
export type HistoryEventName = keyof Catalogue;
export type EventPayload<N extends HistoryEventName> = Catalogue[N] extends EventType<N, infer P> ? P : never;

/** An event read from the history (any version), as its current payload. */
export type HistoryEvent = {
  [N in HistoryEventName]: { name: N; storedVersion: number; payload: EventPayload<N> };
}[HistoryEventName];

/** An event to append: its name, and its payload in the current version. */
export type NewHistoryEvent = {
  [N in HistoryEventName]: { name: N; payload: EventPayload<N> };
}[HistoryEventName];

export const HISTORY_EVENT_NAMES = Object.keys(HISTORY_EVENTS) as HistoryEventName[];

export function isHistoryEventName(name: string): name is HistoryEventName {
  return Object.prototype.hasOwnProperty.call(HISTORY_EVENTS, name);
}

export function historyEventType<N extends HistoryEventName>(name: N): Catalogue[N] {
  return HISTORY_EVENTS[name];
}

/**
 * The name of an entry written before entries stored their event (all of version 1): the event that declares its
 * `entity_type` and `action`, or null when none does.
 */
export function legacyEventName(entityType: string, action: string): HistoryEventName | null {
  return (
    HISTORY_EVENT_NAMES.find(
      (n) => HISTORY_EVENTS[n].entityType === entityType && HISTORY_EVENTS[n].action === action,
    ) ?? null
  );
}

/** The columns of a history row that an event is read from. */
export interface StoredHistoryRow {
  /** Null in entries written before the history stored event names. */
  event?: string | null;
  eventVersion?: number | null;
  entityType: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** The name and version a row was written as: stored, or derived (version 1) for older rows. */
export function storedEventOf(row: StoredHistoryRow): { name: HistoryEventName; version: number } | null {
  if (row.event) return isHistoryEventName(row.event) ? { name: row.event, version: row.eventVersion ?? 1 } : null;
  const name = legacyEventName(row.entityType, row.action);
  return name ? { name, version: 1 } : null;
}

/**
 * Reads one history row as a typed event in its current version, whatever version it was written in. Throws an
 * {@link EventParseError} when the row names no known event or its payload does not fit.
 */
export function readHistoryEvent(row: StoredHistoryRow): HistoryEvent {
  const stored = storedEventOf(row);
  if (!stored) {
    throw new EventParseError(row.event ?? `${row.entityType}/${row.action}`, row.eventVersion ?? 1, ['unknown event']);
  }
  const type = HISTORY_EVENTS[stored.name] as EventType<HistoryEventName, unknown>;
  const payload = type.parse(stored.version, { before: row.before, after: row.after });
  return { name: stored.name, storedVersion: stored.version, payload } as HistoryEvent;
}

/** The same, or null for a row that does not read as an event (readers that skip what they do not understand). */
export function tryReadHistoryEvent(row: StoredHistoryRow): HistoryEvent | null {
  try {
    return readHistoryEvent(row);
  } catch (error) {
    if (error instanceof EventParseError) return null;
    throw error;
  }
}

/** Narrows a read event to some names. */
export function isEventOf<const N extends HistoryEventName>(
  event: HistoryEvent,
  ...names: N[]
): event is Extract<HistoryEvent, { name: N }> {
  return (names as string[]).includes(event.name);
}
