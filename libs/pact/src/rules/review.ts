import { z } from 'zod';
import { flag, httpUrl, id, oneOf, optionalText, text, wholeNumber } from './fields';
import { isoDate } from './date-fields';
import { addIssue } from './validate';

/**
 * The review queue: what an import or a user could not settle alone and a campaign moderator (in their territory)
 * or an administrator decides. Each kind has a typed payload; the API validates it when the item is queued, the
 * dashboard reads it with the same schema.
 */
export const REVIEW_KINDS = [
  /** A list of the Ministry's results that may be a signing list, but not certainly: which one, if any? */
  'UNCERTAIN_LIST_MATCH',
  /** Someone declared that a collectivity committed (a signing list won, or the council adopted the pact). */
  'DECLARED_COMMITMENT',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_STATUSES = ['PENDING', 'ACCEPTED', 'REFUSED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The outcomes a results file can give a list (the elections module's outcomes, without PENDING). */
export const RESULT_OUTCOMES = ['MAJORITY', 'OPPOSITION', 'NOT_ELECTED'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

/** A candidate list of the collectivity that the result may be, and how close the match was (0–1). */
const matchCandidate = z.object({
  candidateListId: id(),
  name: text(500),
  headOfList: optionalText(300),
  score: z.number().min(0).max(1),
});

/**
 * UNCERTAIN_LIST_MATCH: one list of a Ministry file (results, or candidatures: then no round and no outcome), and the
 * lists of its commune it may be. Accepting names one of them (or none: the Ministry's list is then a list of its own).
 */
export const uncertainListMatchPayload = z.object({
  electionCode: text(64, 1),
  round: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** The results file it came from (its name) and its line. */
  source: z.object({ file: text(300), line: wholeNumber(1) }),
  result: z.object({
    panel: wholeNumber(0).nullable(),
    listName: text(500),
    headOfList: text(300),
    nuance: optionalText(32),
    votes: wholeNumber(0).nullable(),
    seats: wholeNumber(0).nullable(),
    communitySeats: wholeNumber(0).nullable(),
    /** Null when the file decided nothing for it (candidatures, or a first round without a majority). */
    outcome: oneOf(RESULT_OUTCOMES).nullable(),
  }),
  candidates: z.array(matchCandidate).min(1).max(20),
});
export type UncertainListMatchPayload = z.infer<typeof uncertainListMatchPayload>;

/** A file uploaded with a declaration: where it is stored, its checked type, size and digest. */
const declaredDocument = z.object({
  id: id(),
  fileKey: text(300, 1),
  fileMimeType: text(100, 1),
  fileSize: wholeNumber(1),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, 'INVALID_VALUE'),
});

/** DECLARED_COMMITMENT: a signing list won (with the list), or the council adopted the pact (its deliberation). */
export const declaredCommitmentPayload = z.discriminatedUnion('source', [
  z.object({ source: z.literal('LIST_MAJORITY'), candidateListId: id(), note: optionalText(2000) }),
  z.object({
    source: z.literal('COUNCIL_DELIBERATION'),
    deliberationNumber: text(64, 1),
    deliberationDate: isoDate(),
    documentUrl: httpUrl().nullish(),
    /** The deliberation's file, uploaded with the declaration: checked and stored; accepted, it becomes evidence. */
    document: declaredDocument.nullish(),
    note: optionalText(2000),
  }),
]);
export type DeclaredCommitmentPayload = z.infer<typeof declaredCommitmentPayload>;

/** The payload schema of each kind. */
export const REVIEW_PAYLOADS = {
  UNCERTAIN_LIST_MATCH: uncertainListMatchPayload,
  DECLARED_COMMITMENT: declaredCommitmentPayload,
} as const satisfies Record<ReviewKind, z.ZodType>;

export type ReviewPayload<K extends ReviewKind> = z.infer<(typeof REVIEW_PAYLOADS)[K]>;

/** The longest reason a decision may carry. */
export const REVIEW_REASON_MAX = 2000;

/**
 * decideReviewItem: accept (with the chosen option, when the kind offers several, e.g. the matching list) or refuse;
 * a refusal needs a reason, which the declarant sees.
 */
export const reviewDecisionSchema = z
  .strictObject({
    itemId: id(),
    accept: flag(),
    reason: optionalText(REVIEW_REASON_MAX),
    choice: id().nullish(),
  })
  .superRefine((v, ctx) => {
    if (!v.accept && !v.reason?.trim()) addIssue(ctx, 'reason', 'REASON_REQUIRED');
  });
export type ReviewDecision = z.input<typeof reviewDecisionSchema>;
