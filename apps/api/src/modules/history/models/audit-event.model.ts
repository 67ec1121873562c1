import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { storedEventOf } from '@pacte/pact';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Role } from '../../../common/auth/roles';
import { RoleEnum } from '../../../common/auth/role-enum';
import { AuditEventEntity } from '../audit-event.entity';
import { actorRoleOf } from '../actor-reference';

@ObjectType('AuditEvent', { description: 'One entry of the append-only history: who, when, what, before and after' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({
    description:
      'Who made the change: `user` or `user:<ROLE>` for a signed-in person (never a name), else the operator or a job',
  })
  actorLabel!: string;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'The role the signed-in author held on the collectivity (or platform-wide) when they made the change',
  })
  actorRole!: Role | null;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The event in the catalogue (docs/architecture.md, "Event catalogue"), e.g. MilestoneUpdated; for entries written before the history stored it, derived from entityType and action. Null only for an entry no event declares',
  })
  event!: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the event the entry was written in' })
  eventVersion!: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}

export function toAuditEventModel(entity: AuditEventEntity): AuditEventModel {
  const event = storedEventOf(entity);
  return {
    id: entity.id,
    occurredAt: entity.occurredAt,
    actorLabel: entity.actorLabel,
    actorRole: actorRoleOf(entity.actorLabel),
    entityType: entity.entityType,
    entityId: entity.entityId,
    action: entity.action,
    event: event?.name ?? null,
    eventVersion: event?.version ?? null,
    before: entity.before,
    after: entity.after,
  };
}
