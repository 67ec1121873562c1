import { candidateListCreateSchema, signingFormSchema, type SignatureScope } from '@pacte/pact';
import { formProblems, type FormProblems } from '../../../lib/rules';
import { postInputWithFile, postMultipart } from '../../../lib/upload';

/** The desk's signing form as typed: texts, as the inputs hold them. */
export interface SigningFormFields {
  scope: SignatureScope;
  positionOnList: string;
  parties: string;
  website: string;
  postcode: string;
  lastName: string;
  firstName: string;
  phone: string;
  email: string;
  signedPlace: string;
  signedOn: string;
}

export const EMPTY_SIGNING_FORM: SigningFormFields = {
  scope: 'LIST',
  positionOnList: '',
  parties: '',
  website: '',
  postcode: '',
  lastName: '',
  firstName: '',
  phone: '',
  email: '',
  signedPlace: '',
  signedOn: '',
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form sends to addSignatory: blanks become null, parties are split on commas or semicolons. */
export function signingFormInput(f: SigningFormFields, candidateListId: string, commune: string) {
  const position = f.positionOnList.trim();
  return {
    candidateListId,
    scope: f.scope,
    positionOnList: position === '' ? null : Number(position),
    parties: f.parties
      .split(/[;,]/)
      .map((p) => p.trim())
      .filter(Boolean),
    website: orNull(f.website),
    commune,
    postcode: orNull(f.postcode),
    lastName: f.lastName.trim(),
    firstName: f.firstName.trim(),
    phone: orNull(f.phone),
    email: orNull(f.email)?.toLowerCase() ?? null,
    signedPlace: orNull(f.signedPlace),
    signedOn: f.signedOn.trim(),
  };
}

/** The rulebook's refusals (signingFormSchema, which the API applies), one per field of the form. */
export function checkSigningForm(
  f: SigningFormFields,
  candidateListId: string,
  commune: string,
): FormProblems<SigningFormFields & { candidateListId: string }> {
  return formProblems<SigningFormFields & { candidateListId: string }>(
    signingFormSchema,
    signingFormInput(f, candidateListId, commune),
  );
}

/** The desk's "new list" form as typed. */
export interface NewListFields {
  name: string;
  headOfList: string;
}

export const EMPTY_NEW_LIST: NewListFields = { name: '', headOfList: '' };

/** What the form sends to createCandidateList. */
export function newListInput(f: NewListFields, collectivityId: string) {
  return { collectivityId, name: f.name.trim(), headOfList: orNull(f.headOfList) };
}

/** The rulebook's refusals (candidateListCreateSchema, which the API applies), one per field of the form. */
export function checkNewList(f: NewListFields, collectivityId: string): FormProblems<NewListFields> {
  return formProblems<NewListFields>(candidateListCreateSchema, newListInput(f, collectivityId));
}

/**
 * POST /signatories (multipart: `input` as JSON and `file`): the signing form with its signed PDF, in one step (a
 * refused PDF leaves no signatory behind). The file is private: only moderators and administrators download it.
 */
export async function enterWithSignedForm(
  input: ReturnType<typeof signingFormInput>,
  file: File,
  doFetch: typeof fetch = fetch,
): Promise<void> {
  await postInputWithFile('/signatories', input, file, doFetch);
}

/** POST /signatories/{id}/signed-form (multipart, part `file`): attaches the signed PDF, or replaces the one there was. */
export async function attachSignedForm(signatoryId: string, file: File, doFetch: typeof fetch = fetch): Promise<void> {
  const body = new FormData();
  body.append('file', file);
  await postMultipart(`/signatories/${encodeURIComponent(signatoryId)}/signed-form`, body, doFetch);
}
