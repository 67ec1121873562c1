import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EventPayload } from '@pacte/pact';
import { CandidateListEntity, LIST_OUTCOMES, ListOutcome } from '../candidate-list.entity';
import { ElectionEntity } from '../election.entity';
import { SIGNATURE_SCOPES, SignatoryEntity, SignatureScope } from '../signatory.entity';

export const ListOutcomeEnum = Object.fromEntries(LIST_OUTCOMES.map((v) => [v, v])) as { [K in ListOutcome]: K };
registerEnumType(ListOutcomeEnum, {
  name: 'ListOutcome',
  description: 'PENDING before the result, MAJORITY (won), OPPOSITION (seats in opposition), NOT_ELECTED',
});
export const SignatureScopeEnum = Object.fromEntries(SIGNATURE_SCOPES.map((v) => [v, v])) as {
  [K in SignatureScope]: K;
};
registerEnumType(SignatureScopeEnum, {
  name: 'SignatureScope',
  description: 'LIST: "ma liste s’engage" (on behalf of the list); PERSONAL: "je m’engage"',
});

@ObjectType('Election')
export class ElectionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  firstRoundDate!: string;

  @Field(() => String, { nullable: true })
  secondRoundDate!: string | null;

  @Field()
  mandateStart!: string;

  @Field()
  mandateEnd!: string;
}

@ObjectType('CandidateList', { description: 'A list standing in one collectivity for one election' })
export class CandidateListModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  headOfList!: string | null;

  @Field(() => [String])
  parties!: string[];

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => ListOutcomeEnum)
  outcome!: ListOutcome;

  @Field(() => Int, { nullable: true, description: 'Panel number in the Ministry’s files; null until imported' })
  panel!: number | null;

  @Field(() => String, { nullable: true, description: 'The Ministry’s political nuance code, e.g. LDIV' })
  nuance!: string | null;

  @Field(() => Int, { nullable: true, description: 'The round whose results were last recorded (1 or 2)' })
  resultRound!: number | null;

  @Field(() => Int, { nullable: true })
  votes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats won on the municipal council' })
  seats!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats won on the community council (conseil communautaire)' })
  communitySeats!: number | null;

  @Field(() => String, { nullable: true, description: 'The results file the outcome was taken from, if imported' })
  resultSource!: string | null;

  @Field(() => Int, { description: 'Optimistic locking: one more at each change; send it back as expectedVersion' })
  version!: number;

  electionId!: string;
  collectivityId!: string;
}

/** A signatory as the public sees it: the signing form without phone and e-mail, which have no field here at all. */
@ObjectType('Signatory')
export class SignatoryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SignatureScopeEnum)
  scope!: SignatureScope;

  @Field(() => Int, { nullable: true })
  positionOnList!: number | null;

  @Field(() => [String])
  parties!: string[];

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  commune!: string;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true, description: '"Fait à"' })
  signedPlace!: string | null;

  @Field({ description: 'Date of signature' })
  signedOn!: string;

  @Field(() => Boolean, { nullable: true, description: 'Null until the result is known' })
  elected!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The day the signed form (a private PDF) was received; null when none was. The file itself is for moderators and administrators only',
  })
  signedFormReceivedOn!: string | null;

  /** The EPCI whose community council the signatory sits on (register of elected officials); resolved by id. */
  communityCouncilId!: string | null;

  @Field(() => Int, { description: 'Optimistic locking: one more at each change; send it back as expectedVersion' })
  version!: number;

  candidateListId!: string;
}

export function toElectionModel(e: ElectionEntity): ElectionModel {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    firstRoundDate: e.firstRoundDate,
    secondRoundDate: e.secondRoundDate,
    mandateStart: e.mandateStart,
    mandateEnd: e.mandateEnd,
  };
}

export function toCandidateListModel(e: CandidateListEntity): CandidateListModel {
  return {
    id: e.id,
    name: e.name,
    headOfList: e.headOfList,
    parties: e.parties,
    website: e.website,
    outcome: e.outcome,
    panel: e.panel,
    nuance: e.nuance,
    resultRound: e.resultRound,
    votes: e.votes,
    seats: e.seats,
    communitySeats: e.communitySeats,
    resultSource: e.resultSource,
    version: e.version,
    electionId: e.electionId,
    collectivityId: e.collectivityId,
  };
}

export function toSignatoryModel(e: SignatoryEntity): SignatoryModel {
  return {
    id: e.id,
    scope: e.scope,
    positionOnList: e.positionOnList,
    parties: e.parties,
    website: e.website,
    commune: e.commune,
    postcode: e.postcode,
    lastName: e.lastName,
    firstName: e.firstName,
    signedPlace: e.signedPlace,
    signedOn: e.signedOn,
    elected: e.elected,
    signedFormReceivedOn: e.signedFormReceivedOn,
    communityCouncilId: e.communityCouncilId,
    version: e.version,
    candidateListId: e.candidateListId,
  };
}

/**
 * What the history keeps of a signatory: an explicit list of public facts about the signature, so that a new private
 * column can never leak into the public history. No name, phone, e-mail, website or place: the history is public
 * and permanent, and a person must stay erasable (see PrivacyService) without breaking its hash chain. The names are
 * on the signatory itself.
 */
export function signatoryHistorySnapshot(e: SignatoryEntity): EventPayload<'SignatoryUpdated'>['after'] {
  return {
    candidateListId: e.candidateListId,
    scope: e.scope,
    positionOnList: e.positionOnList,
    parties: e.parties,
    commune: e.commune,
    postcode: e.postcode,
    signedOn: e.signedOn,
    elected: e.elected,
    communityCouncilId: e.communityCouncilId,
    signedFormReceivedOn: e.signedFormReceivedOn,
    version: e.version,
  };
}

/** What the history keeps of a candidate list (events CandidateListCreated / CandidateListUpdated). */
export function candidateListHistorySnapshot(e: CandidateListEntity): EventPayload<'CandidateListUpdated'>['after'] {
  return {
    id: e.id,
    electionId: e.electionId,
    collectivityId: e.collectivityId,
    name: e.name,
    headOfList: e.headOfList,
    parties: e.parties,
    website: e.website,
    outcome: e.outcome,
    panel: e.panel,
    nuance: e.nuance,
    resultRound: e.resultRound,
    votes: e.votes,
    seats: e.seats,
    communitySeats: e.communitySeats,
    resultSource: e.resultSource,
    version: e.version,
  };
}
