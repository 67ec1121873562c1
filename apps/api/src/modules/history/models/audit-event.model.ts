import { Field, ID, ObjectType } from '@nestjs/graphql';
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
    actorRole: actorRoleOf(entity.actorLabel),
    entityType: entity.entityType,
    entityId: entity.entityId,
    action: entity.action,
    before: entity.before,
    after: entity.after,
  };
}
