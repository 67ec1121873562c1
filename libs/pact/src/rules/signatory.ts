import { z } from 'zod';
import { isoDate } from './date-fields';
import { filledText, httpUrl, id, oneOf, optionalText, text, wholeNumber } from './fields';

/** "ma liste s'engage" (a list as a whole, signed by its head) or "je m'engage" (one person). */
export const SIGNATURE_SCOPES = ['LIST', 'PERSONAL'] as const;
export type SignatureScope = (typeof SIGNATURE_SCOPES)[number];

/** A French postcode: five digits (2A/2B are INSEE codes, not postcodes). */
export const POSTCODE = /^\d{5}$/;
/** A phone number as people write it: digits, spaces, dots, dashes, brackets, a leading +. */
export const PHONE = /^[+0-9 ().-]{6,20}$/;

/**
 * addSignatory: every field of the pact's signing form (list, position on the list, party(ies), website, commune,
 * postcode, last and first name, phone, e-mail, "Fait à", "Le"). Phone and e-mail are private: stored, never shown.
 * The desk's form (entering one form by hand) and the API check this same schema.
 */
export const signingFormSchema = z.strictObject({
  candidateListId: id(),
  scope: oneOf(SIGNATURE_SCOPES),
  positionOnList: wholeNumber(1, 1000).nullish(),
  parties: z.array(filledText(100), 'INVALID_VALUE').max(20, 'TOO_MANY').default([]),
  website: httpUrl().nullish(),
  commune: filledText(200),
  postcode: z.string('INVALID_POSTCODE').regex(POSTCODE, 'INVALID_POSTCODE').nullish(),
  lastName: filledText(200),
  firstName: filledText(200),
  phone: z.string('INVALID_PHONE').regex(PHONE, 'INVALID_PHONE').nullish(),
  email: z.string('INVALID_EMAIL').max(254, 'TOO_LONG').pipe(z.email('INVALID_EMAIL')).nullish(),
  signedPlace: optionalText(200),
  signedOn: isoDate(),
});
export type SigningForm = z.input<typeof signingFormSchema>;

/**
 * createCandidateList: a list standing in a collectivity (its name, at least two characters; the head of list, the
 * parties and the website when known). The desk's "new list" form and the API check this same schema.
 */
export const candidateListCreateSchema = z.strictObject({
  electionCode: text(64).default('MUNICIPALES_2026'),
  collectivityId: id(),
  name: filledText(300, 2),
  headOfList: optionalText(200),
  parties: z.array(text(200), 'INVALID_VALUE').max(20, 'TOO_MANY').default([]),
  website: httpUrl().nullish(),
});
export type CandidateListCreate = z.input<typeof candidateListCreateSchema>;
