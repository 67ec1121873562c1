import { z } from 'zod';
import { COMMITMENT_SOURCES } from '../collectivity-kind';
import { isoDate } from './date-fields';
import { httpUrl, id, oneOf, optionalText, text } from './fields';
import { addIssue } from './validate';

/**
 * The pact action a declaration's evidence supports once a moderator accepts it: 1.1 "Portage politique et moyens"
 * (the council's vote, or the winning list's pledge, is the political backing the action asks for).
 */
export const DECLARATION_EVIDENCE_ACTION = '1.1';

/** The longest note a declarant may add. */
export const DECLARATION_NOTE_MAX = 2000;

/**
 * declareCommitment: someone signed in says a collectivity that is not committed is: a signing list of the
 * collectivity won (which one), or the council adopted the pact (the deliberation's number and date, and its document:
 * an address here, or a file uploaded with the declaration). Which sources a kind of collectivity admits is
 * `commitmentSourcesFor` (an EPCI only by its council). The dashboard's form and the API check this same schema.
 */
export const commitmentDeclarationSchema = z
  .strictObject({
    collectivityId: id(),
    source: oneOf(COMMITMENT_SOURCES),
    candidateListId: id().nullish(),
    deliberationNumber: text(64).nullish(),
    deliberationDate: isoDate().nullish(),
    documentUrl: httpUrl().nullish(),
    note: optionalText(DECLARATION_NOTE_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.source === 'LIST_MAJORITY') {
      if (!v.candidateListId) addIssue(ctx, 'candidateListId', 'REQUIRED');
      return;
    }
    if (!v.deliberationNumber?.trim()) addIssue(ctx, 'deliberationNumber', 'REQUIRED');
    if (!v.deliberationDate) addIssue(ctx, 'deliberationDate', 'REQUIRED');
  });
export type CommitmentDeclaration = z.input<typeof commitmentDeclarationSchema>;

/**
 * A council deliberation is declared with its document: an address (`documentUrl`) or an uploaded file
 * (DOCUMENT_REQUIRED otherwise). A list majority needs none (the list and its signature are on record).
 */
export function declarationNeedsDocument(
  v: Pick<CommitmentDeclaration, 'source' | 'documentUrl'>,
  withFile: boolean,
): boolean {
  return v.source === 'COUNCIL_DELIBERATION' && !v.documentUrl && !withFile;
}
