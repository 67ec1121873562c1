import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditEventEntity } from '../audit-event.entity';

@ObjectType('AuditEvent', { description: 'One entry of the append-only history: who, when, what, before and after' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'Who made the change' })
  actorLabel!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}

export function toAuditEventModel(entity: AuditEventEntity): AuditEventModel {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt,
    actorLabel: entity.actorLabel,
    entityType: entity.entityType,
    entityId: entity.entityId,
    action: entity.action,
    before: entity.before,
    after: entity.after,
  };
}
