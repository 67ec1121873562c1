import { HISTORY_EVENTS, HISTORY_EVENT_NAMES, HistoryEventName } from '@pacte/pact';
import { z } from 'zod';

export const EVENT_CATALOGUE_START = '<!-- event-catalogue:start (generated: npm run docs:events) -->';
export const EVENT_CATALOGUE_END = '<!-- event-catalogue:end -->';

/** Who appends an event (one API module) and through what; which modules read it back (besides the history itself). */
export interface EventRoles {
  writtenBy: { module: string; through: string };
  readBy: readonly { module: string; for: string }[];
}

/**
 * The writer and the readers of each event of the catalogue (libs/pact/src/events). The compiler asks for a line for
 * every event; `event-catalogue-doc.spec.ts` checks each against the code: the writer is the one module whose code
 * records the event (`name: '<Event>'`), the readers are exactly the other modules whose code names it.
 */
export const EVENT_ROLES: Record<HistoryEventName, EventRoles> = {
  ActionProgressCreated: {
    writtenBy: { module: 'progress', through: '`updateActionProgress` (first change of an action)' },
    readBy: [
      { module: 'statistics', for: 'the aggregates (projection) and their rebuild (timeline)' },
      { module: 'feeds', for: 'feeds and digest: a first status' },
    ],
  },
  ActionProgressUpdated: {
    writtenBy: { module: 'progress', through: '`updateActionProgress`' },
    readBy: [
      { module: 'statistics', for: 'the aggregates (projection) and their rebuild (timeline)' },
      { module: 'feeds', for: 'feeds and digest: a status change' },
    ],
  },
  MilestoneCreated: { writtenBy: { module: 'progress', through: '`addMilestone`' }, readBy: [] },
  MilestoneUpdated: { writtenBy: { module: 'progress', through: '`updateMilestone`' }, readBy: [] },
  MilestoneWithdrawn: {
    writtenBy: { module: 'progress', through: '`withdrawMilestone` (the row is removed; `after`: the reason)' },
    readBy: [],
  },
  EvidenceCreated: {
    writtenBy: { module: 'evidence', through: '`addEvidence`' },
    readBy: [{ module: 'feeds', for: 'feeds and digest: new evidence' }],
  },
  EvidenceUpdated: {
    writtenBy: {
      module: 'evidence',
      through:
        '`linkEvidence`, `updateEvidence`, `unlinkEvidence`, `POST /evidence/{id}/file` (`fileSha256` in `after`)',
    },
    readBy: [],
  },
  EvidenceWithdrawn: {
    writtenBy: {
      module: 'evidence',
      through: '`withdrawEvidence` (the row, its links and its file are removed; `after`: the reason)',
    },
    readBy: [],
  },
  InventoryItemCreated: { writtenBy: { module: 'inventory', through: '`addInventoryItem`' }, readBy: [] },
  InventoryItemUpdated: {
    writtenBy: {
      module: 'inventory',
      through: '`updateInventoryItem`, `advanceMigrationStage` (`stageNotes`, `stageEvidenceIds` in `after`)',
    },
    readBy: [],
  },
  FleetDeclared: { writtenBy: { module: 'inventory', through: '`declareFleet`' }, readBy: [] },
  PooledItSet: { writtenBy: { module: 'inventory', through: '`setPooledIt`' }, readBy: [] },
  CandidateListCreated: { writtenBy: { module: 'elections', through: '`createCandidateList`' }, readBy: [] },
  CandidateListUpdated: { writtenBy: { module: 'elections', through: '`setListOutcome`' }, readBy: [] },
  SignatoryCreated: { writtenBy: { module: 'elections', through: '`addSignatory`' }, readBy: [] },
  SignatoryUpdated: { writtenBy: { module: 'elections', through: '`setSignatoryElected`' }, readBy: [] },
  SignatoryErased: { writtenBy: { module: 'privacy', through: '`npm run personal-data -- erase`' }, readBy: [] },
  CommitmentCreated: {
    writtenBy: {
      module: 'commitments',
      through: '`createCommitment`; a list that wins (`setListOutcome`, `addSignatory`)',
    },
    readBy: [{ module: 'statistics', for: 'the aggregates (projection): a new commitment' }],
  },
  CommitmentWithdrawn: {
    writtenBy: {
      module: 'commitments',
      through: 'a list that loses the majority it had (`setListOutcome`, `npm run import:results`)',
    },
    readBy: [{ module: 'statistics', for: 'the aggregates (projection): a commitment leaves the figures' }],
  },
  CollectivityCreated: { writtenBy: { module: 'collectivities', through: '`createCollectivity`' }, readBy: [] },
  AssessmentCreated: {
    writtenBy: { module: 'assessments', through: '`recordAssessment` (`before`: the verdict it supersedes)' },
    readBy: [{ module: 'feeds', for: 'feeds and digest' }],
  },
  SectionSelfAssessmentCreated: {
    writtenBy: { module: 'progress', through: '`selfAssessSection` (first word on a section)' },
    readBy: [],
  },
  SectionSelfAssessmentUpdated: { writtenBy: { module: 'progress', through: '`selfAssessSection`' }, readBy: [] },
  SectionAssessmentCreated: {
    writtenBy: {
      module: 'assessments',
      through: '`recordSectionAssessment` (`before`: the same auditor’s verdict it supersedes)',
    },
    readBy: [],
  },
  AssessmentReplyCreated: {
    writtenBy: { module: 'assessments', through: '`replyToAssessment`' },
    readBy: [{ module: 'feeds', for: 'feeds and digest' }],
  },
  TnlLabelCreated: { writtenBy: { module: 'labels', through: '`recordTnlLabel`' }, readBy: [] },
  RoleGrantCreated: {
    writtenBy: { module: 'accounts', through: '`requestRole`, `grantRole`' },
    readBy: [],
  },
  RoleGrantUpdated: {
    writtenBy: { module: 'accounts', through: '`decideRoleRequest`, `revokeRole`' },
    readBy: [],
  },
  UserErased: { writtenBy: { module: 'privacy', through: '`npm run personal-data -- erase`' }, readBy: [] },
  ReviewItemCreated: {
    writtenBy: { module: 'review', through: 'the modules that queue items (imports, declarations)' },
    readBy: [],
  },
  ReviewItemUpdated: { writtenBy: { module: 'review', through: '`decideReviewItem`' }, readBy: [] },
};

const code = (name: string) => `\`${name}\``;

/** The fields of a snapshot schema (`field?` when it may be absent), or "none" for `null`. */
function fieldsOf(schema: z.ZodType): string {
  let inner: z.ZodType = schema;
  let nullable = false;
  if (inner instanceof z.ZodNullable) {
    nullable = true;
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodNull) return 'none';
  if (!(inner instanceof z.ZodObject)) throw new Error('an event snapshot is an object or null');
  const fields = Object.entries(inner.shape as Record<string, z.ZodType>).map(
    ([name, field]) => `${code(name)}${field instanceof z.ZodOptional ? '?' : ''}`,
  );
  return `${nullable ? 'none or ' : ''}${fields.join(', ')}`;
}

/** `after` as the fields `before` has too, and those only `after` has. */
function afterOf(before: z.ZodType, after: z.ZodType): string {
  const all = fieldsOf(after);
  const shared = fieldsOf(before);
  if (all === 'none') return 'none';
  if (all === shared) return 'the same';
  const beforeFields = new Set(shared.split(', '));
  const extra = all.split(', ').filter((f) => !beforeFields.has(f));
  return shared === 'none' || shared.startsWith('none or ') || extra.length === all.split(', ').length
    ? all
    : `the same, and ${extra.join(', ')}`;
}

/** The catalogue as the Markdown table of docs/architecture.md, between its markers. */
export function eventCatalogueMarkdown(): string {
  const lines = [
    EVENT_CATALOGUE_START,
    '<!-- prettier-ignore-start -->',
    '| event | version (older versions read) | `entity_type` / `action` | `before` | `after` | written by | read by |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const name of HISTORY_EVENT_NAMES) {
    const type = HISTORY_EVENTS[name];
    const payload = type.schema as unknown as z.ZodObject<{ before: z.ZodType; after: z.ZodType }>;
    const roles = EVENT_ROLES[name];
    const older = type.versions.filter((v) => v !== type.version);
    const readers = roles.readBy.map((r) => `${code(r.module)}: ${r.for}`).join('; ');
    lines.push(
      [
        '',
        code(name),
        `${type.version}${older.length > 0 ? ` (${older.join(', ')})` : ''}`,
        `${code(type.entityType)} / ${code(type.action)}`,
        fieldsOf(payload.shape.before),
        afterOf(payload.shape.before, payload.shape.after),
        `${code(roles.writtenBy.module)}: ${roles.writtenBy.through}`,
        readers || 'the history only',
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  lines.push('<!-- prettier-ignore-end -->', EVENT_CATALOGUE_END);
  return lines.join('\n');
}

/** `doc` with its generated event catalogue replaced by the current one; throws when the markers are missing. */
export function withEventCatalogue(doc: string): string {
  const start = doc.indexOf(EVENT_CATALOGUE_START);
  const end = doc.indexOf(EVENT_CATALOGUE_END);
  if (start < 0 || end < start) throw new Error('docs/architecture.md lacks the event-catalogue markers');
  return doc.slice(0, start) + eventCatalogueMarkdown() + doc.slice(end + EVENT_CATALOGUE_END.length);
}
