import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AUDIT_SCOPES, AuditScope, Role, ROLES } from '../../../common/auth/roles';
import { AuditScopeEnum, RoleEnum } from '../models/account.model';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  password!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is malformed' })
  token!: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  password!: string;
}

@InputType()
export class RoleRequestInput {
  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'For ELECTED_OFFICIAL, IT_MANAGER, CONTRIBUTOR' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field(() => AuditScopeEnum, { nullable: true, description: 'For AUDITOR' })
  @IsOptional()
  @IsIn(AUDIT_SCOPES)
  auditScope?: AuditScope;

  @Field(() => String, { nullable: true, description: 'Région or département code, for a scoped AUDITOR' })
  @IsOptional()
  @Matches(/^(\d{2,3}|2A|2B)$/, { message: 'auditScopeCode must be a région or département code' })
  auditScopeCode?: string;
}

@InputType()
export class GrantRoleInput extends RoleRequestInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@InputType()
export class DecideRoleRequestInput {
  @Field(() => ID)
  @IsUUID()
  grantId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;
}
