import { signingFormSchema, type SignatureScope } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';

/**
 * The `input` part of POST /signatories: the signing form, as addSignatory takes it, checked by the rulebook's
 * `signingFormSchema` (the desk's form and the GraphQL input check the same one).
 */
@ValidatedBy(signingFormSchema)
export class SigningFormPartInput {
  candidateListId!: string;
  scope!: SignatureScope;
  positionOnList?: number | null;
  parties: string[] = [];
  website?: string | null;
  commune!: string;
  postcode?: string | null;
  lastName!: string;
  firstName!: string;
  phone?: string | null;
  email?: string | null;
  signedPlace?: string | null;
  signedOn!: string;
}
