import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleEnum } from '../../../common/auth/role-enum';
import { AUDIT_SCOPES, AuditScope, Role } from '../../../common/auth/roles';
import { GRANT_STATUSES, GrantStatus, RoleGrantEntity } from '../role-grant.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export { RoleEnum };
export const AuditScopeEnum = enumOf(AUDIT_SCOPES);
registerEnumType(AuditScopeEnum, { name: 'AuditScope' });
export const GrantStatusEnum = enumOf(GRANT_STATUSES);
registerEnumType(GrantStatusEnum, { name: 'GrantStatus' });

@ObjectType('RoleGrant', { description: 'A role requested by or granted to a user' })
export class RoleGrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => GrantStatusEnum)
  status!: GrantStatus;

  @Field(() => AuditScopeEnum, { nullable: true })
  auditScope!: AuditScope | null;

  @Field(() => String, { nullable: true })
  auditScopeCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the role was asked for (null on a direct grant)' })
  reason!: string | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  userId!: string;
  collectivityId!: string | null;
}

/** The signed-in user, as they see themselves. Only `me` returns it: an e-mail is never public. */
@ObjectType('Me')
export class MeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

export function toRoleGrantModel(g: RoleGrantEntity): RoleGrantModel {
  return {
    id: g.id,
    role: g.role,
    status: g.status,
    auditScope: g.auditScope,
    auditScopeCode: g.auditScopeCode,
    reason: g.reason,
    requestedAt: g.requestedAt,
    decidedAt: g.decidedAt,
    userId: g.userId,
    collectivityId: g.collectivityId,
  };
}
