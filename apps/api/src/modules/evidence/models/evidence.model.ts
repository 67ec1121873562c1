import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EvidenceKind, compareActionCodes as compareCodes } from '@pacte/pact';
import { EvidenceKindEnum } from '../../catalogue/models/pact.model';
import { EvidenceEntity } from '../evidence.entity';

@ObjectType('Evidence', { description: 'Something that shows an action was taken' })
export class EvidenceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKind;

  @Field()
  date!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [String], { description: 'Codes of the pact actions it supports' })
  actionCodes!: string[];

  @Field()
  createdAt!: Date;

  commitmentId!: string;
}

export function toEvidenceModel(e: EvidenceEntity): EvidenceModel {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    title: e.title,
    description: e.description,
    url: e.url,
    actionCodes: (e.actions ?? []).map((a) => a.actionCode).sort(compareCodes),
    createdAt: e.createdAt,
    commitmentId: e.commitmentId,
  };
}

export function evidenceHistorySnapshot(e: EvidenceEntity): Record<string, unknown> {
  return {
    kind: e.kind,
    date: e.date,
    title: e.title,
    description: e.description,
    url: e.url,
    actionCodes: (e.actions ?? []).map((a) => a.actionCode).sort(compareCodes),
  };
}
