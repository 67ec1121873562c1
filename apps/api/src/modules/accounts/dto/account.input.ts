import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  accountUpdateSchema,
  emailChangeConfirmSchema,
  emailChangeRequestSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  roleDecisionSchema,
  roleGrantSchema,
  roleRequestSchema,
  signInSchema,
  signUpSchema,
} from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { AuditScope, Role } from '../../../common/auth/roles';
import { AuditScopeEnum, RoleEnum } from '../models/account.model';

@InputType()
@ValidatedBy(signUpSchema)
export class SignUpInput {
  @Field()
  email!: string;

  @Field({ description: 'At least 10 characters' })
  password!: string;

  @Field()
  displayName!: string;
}

@InputType()
@ValidatedBy(signInSchema)
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

/** requestPasswordReset(email): the address checked by the rulebook, as the dashboard's form checks it. */
@ArgsType()
@ValidatedBy(passwordResetRequestSchema)
export class RequestPasswordResetArgs {
  @Field()
  email!: string;
}

@InputType()
@ValidatedBy(passwordResetSchema)
export class ResetPasswordInput {
  @Field()
  token!: string;

  @Field()
  password!: string;
}

@InputType()
@ValidatedBy(roleRequestSchema)
export class RoleRequestInput {
  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'For ELECTED_OFFICIAL, IT_MANAGER, CONTRIBUTOR' })
  collectivityId?: string;

  @Field(() => AuditScopeEnum, { nullable: true, description: 'For AUDITOR and CAMPAIGN_MODERATOR (their territory)' })
  auditScope?: AuditScope;

  @Field(() => String, {
    nullable: true,
    description: 'Région or département code, for a scoped AUDITOR or CAMPAIGN_MODERATOR',
  })
  auditScopeCode?: string;

  @Field({ description: 'Why the role is asked for (free text, 1,000 characters at most), shown to those who decide' })
  reason!: string;
}

@InputType()
@ValidatedBy(roleGrantSchema)
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'For ELECTED_OFFICIAL, IT_MANAGER, CONTRIBUTOR' })
  collectivityId?: string;

  @Field(() => AuditScopeEnum, { nullable: true, description: 'For AUDITOR and CAMPAIGN_MODERATOR (their territory)' })
  auditScope?: AuditScope;

  @Field(() => String, {
    nullable: true,
    description: 'Région or département code, for a scoped AUDITOR or CAMPAIGN_MODERATOR',
  })
  auditScopeCode?: string;

  @Field(() => String, { nullable: true, description: 'Why the role is given (optional)' })
  reason?: string | null;
}

@InputType()
@ValidatedBy(roleDecisionSchema)
export class DecideRoleRequestInput {
  @Field(() => ID)
  grantId!: string;

  @Field()
  approve!: boolean;
}

@InputType()
@ValidatedBy(accountUpdateSchema)
export class UpdateMyAccountInput {
  @Field({ description: 'The name the dashboard shows (2 to 120 characters)' })
  displayName!: string;
}

@InputType()
@ValidatedBy(emailChangeRequestSchema)
export class RequestEmailChangeInput {
  @Field({ description: 'The new address: a confirmation link is sent there; nothing changes until it is opened' })
  newEmail!: string;

  @Field(() => String, { nullable: true, description: 'Required when the account has a password' })
  currentPassword?: string | null;
}

@ArgsType()
@ValidatedBy(emailChangeConfirmSchema)
export class ConfirmEmailChangeArgs {
  @Field({ description: 'The token of the link sent to the new address' })
  token!: string;
}

@InputType()
@ValidatedBy(passwordChangeSchema)
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field({ description: 'At least 10 characters' })
  newPassword!: string;
}
