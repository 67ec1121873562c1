import { z } from 'zod';
import { ASSESSMENT_VERDICTS } from '../assessment';
import { EVIDENCE_KINDS } from '../evidence-kind';
import { MIGRATION_STAGES } from '../migration-stage';
import { FLEET_AUDIENCES } from '../software/fleet';
import { PROGRESS_STATUSES } from '../progress-status';
import { SECTION_SELF_STATUSES } from '../section-assessment';

/**
 * The snapshots the history stores in `before` / `after`, as they were first written (version 1 of each event):
 * public facts only, never a person's name, phone or e-mail. A date is an ISO string (`2026-05-12`), an instant an
 * ISO timestamp. Unknown keys are dropped when read.
 */

const text = z.string();
const optionalText = z.string().nullable();
const date = z.string();
const optionalDate = z.string().nullable();

export const progressSnapshot = z.object({
  actionCode: text,
  status: z.enum(PROGRESS_STATUSES),
  /** The effective % (the override, else the status's default); null when not applicable. */
  progress: z.number().nullable(),
  /** The % declared by hand, null when the status's default applies. */
  progressOverride: z.number().nullable(),
  targetDate: optionalDate,
  owner: optionalText,
  justification: optionalText,
});

export const milestoneSnapshot = z.object({
  actionCode: text,
  title: text,
  description: optionalText,
  date,
  reached: z.boolean(),
});

export const evidenceSnapshot = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  date,
  title: text,
  description: optionalText,
  url: optionalText,
  actionCodes: z.array(text),
  /** Only when the evidence names label criteria. */
  criterionIds: z.array(text).optional(),
  /** Only when a file is attached. */
  file: z.object({ mimeType: optionalText, size: z.number().nullable() }).optional(),
  /** Only in the `after` of the entry that attached a file: its SHA-256, so anyone can check a download. */
  fileSha256: z.string().optional(),
});

/**
 * An item of the review queue: its kind, status, the decision's reason and its typed payload (public facts: lists,
 * heads of list as the Ministry publishes them, a deliberation; never the declarant, who is the entry's actor).
 */
export const reviewItemSnapshot = z.object({
  kind: text,
  status: text,
  payload: z.record(z.string(), z.unknown()),
  /** The option accepted (e.g. the candidate list a result was matched to), when the kind offers several. */
  choice: optionalText,
  reason: optionalText,
});

export const commitmentSnapshot = z.object({
  edition: text,
  source: text,
  candidateListId: optionalText,
  deliberationNumber: optionalText,
  deliberationDate: optionalDate,
  committedOn: date,
});

export const candidateListSnapshot = z.object({
  id: text,
  electionId: text,
  collectivityId: text,
  name: text,
  headOfList: optionalText,
  parties: z.array(text),
  website: optionalText,
  outcome: text,
  /** The Ministry's figures, once a candidatures or results file was imported (absent from older entries). */
  panel: z.number().nullish(),
  nuance: optionalText.optional(),
  resultRound: z.number().nullish(),
  votes: z.number().nullish(),
  seats: z.number().nullish(),
  communitySeats: z.number().nullish(),
  resultSource: optionalText.optional(),
});

/** Public facts of a signature only (an allow-list): no name, phone, e-mail, website or place. */
export const signatorySnapshot = z.object({
  candidateListId: text,
  scope: text,
  positionOnList: z.number().nullable(),
  parties: z.array(text),
  commune: optionalText,
  postcode: optionalText,
  signedOn: optionalDate,
  /** Null until the election's outcome is known. */
  elected: z.boolean().nullable(),
  /** The EPCI whose community council the signatory sits on, from the register of elected officials. */
  communityCouncilId: optionalText.optional(),
  /** The day the signed form was received (the file itself is private and never in the history). */
  signedFormReceivedOn: optionalDate.optional(),
});

/** Ids, never the person's name or e-mail. */
export const roleGrantSnapshot = z.object({
  userId: text,
  role: text,
  collectivityId: optionalText,
  auditScope: optionalText,
  auditScopeCode: optionalText,
  status: text,
});

export const collectivitySnapshot = z.object({ kind: text, code: text, name: text });

/** No auditor name: the entry's actor is the auditor's opaque id; the association names no person. */
export const assessmentSnapshot = z.object({
  commitmentId: text,
  actionCode: text,
  verdict: z.enum(ASSESSMENT_VERDICTS),
  justification: text,
  evidenceIds: z.array(text),
  date,
  association: optionalText,
  supersedesId: optionalText,
});

export const assessmentReplySnapshot = z.object({
  assessmentId: text,
  commitmentId: text,
  actionCode: text,
  verdict: z.enum(ASSESSMENT_VERDICTS),
  authorRole: text,
  text,
});

export const inventoryItemSnapshot = z.object({
  category: text,
  productName: text,
  productIsFree: z.boolean(),
  seats: z.number().nullable(),
  /** Absent in entries written before items had an audience (they were all STAFF). */
  audience: z.enum(FLEET_AUDIENCES).optional(),
  /** Absent in entries written before items carried their contract (action 1.3). */
  contractEndsOn: optionalText.optional(),
  renewalOn: optionalText.optional(),
  yearlyCost: z.number().nullable().optional(),
  productEntryId: optionalText,
  targetEntryId: optionalText,
  stage: z.enum(MIGRATION_STAGES),
  stageReachedOn: optionalDate,
  /** Absent in entries written before migrations could be planned. */
  plannedStages: z.array(z.object({ stage: z.enum(MIGRATION_STAGES), plannedOn: text })).optional(),
  actionCodes: z.array(text),
  notes: optionalText,
  /** A pooling body's item: the communes it applies to (null: all its members); absent before pooled IT. */
  appliesToMemberIds: z.array(text).nullable().optional(),
});

/** The body that runs a commune's IT (event PooledItSet), by id and by its name when the link was set. */
export const pooledItSnapshot = z.object({ bodyId: text, bodyName: text });

/** The `after` of a migration stage advance: the item, plus the notes and evidence of the stage reached. */
export const inventoryStageFields = {
  stageNotes: optionalText.optional(),
  stageEvidenceIds: z.array(text).optional(),
};

/** A collectivity's fleet for one audience (event FleetDeclared). */
export const fleetSnapshot = z.object({
  audience: z.enum(FLEET_AUDIENCES),
  workstations: z.number().nullable(),
  servers: z.number().nullable(),
  officeSeats: z.number().nullable(),
  asOf: text,
  version: z.number(),
});

export const tnlLabelSnapshot = z.object({
  year: z.number(),
  scale: text,
  level: z.union([z.string(), z.number()]).nullable(),
  mentions: z.array(text),
  url: optionalText,
});

/** A section's self-assessment by the collectivity (events SectionSelfAssessmentCreated / …Updated). */
export const sectionSelfAssessmentSnapshot = z.object({
  commitmentId: text,
  section: z.number().int(),
  status: z.enum(SECTION_SELF_STATUSES),
  explanation: text,
  version: z.number().int().nonnegative(),
});

/** An auditor's verdict on a section (event SectionAssessmentCreated): as an action's, without evidence. */
export const sectionAssessmentSnapshot = z.object({
  commitmentId: text,
  section: z.number().int(),
  verdict: z.enum(ASSESSMENT_VERDICTS),
  justification: text,
  date,
  association: optionalText,
  supersedesId: optionalText,
});
