import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { clientAddress } from '../../common/web/client-address';
import { ClientThrottlerGuard } from '../../common/web/throttle/client-throttler.guard';
import { UuidArgPipe } from '../../common/graphql/uuid-arg.pipe';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { UsersLoaders } from './users.loaders';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { AccountsService } from './accounts.service';
import { SignedInUserRequiredError } from './accounts.errors';
import {
  ChangePasswordInput,
  ConfirmEmailChangeArgs,
  DecideRoleRequestInput,
  RequestEmailChangeInput,
  UpdateMyAccountInput,
  GrantRoleInput,
  RequestPasswordResetArgs,
  ResetPasswordInput,
  RoleRequestInput,
  SignInInput,
  SignUpInput,
} from './dto/account.input';
import { MeModel, RoleGrantModel, toRoleGrantModel } from './models/account.model';
import { RolesService } from './roles.service';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie';
import { UserEntity } from './user.entity';

const toMe = (u: UserEntity): MeModel => ({ id: u.id, email: u.email, displayName: u.displayName });

/** The session cookie the browser sent, closed when it signs in again (sessions rotate). */
const presentedSession = (ctx: GqlContext): string | null => sessionToken(ctx.req) ?? null;

@Resolver(() => MeModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly grants: RolesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private setSession(ctx: GqlContext, token: string): void {
    setSessionCookie(ctx.res, token, this.config);
  }

  @Public()
  @Query(() => MeModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<MeModel | null> {
    if (actor.kind !== 'user') return null;
    const token = sessionToken(ctx.req);
    const user = token ? await this.accounts.userForSession(token) : null;
    return user ? toMe(user) : null;
  }

  @Public()
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => MeModel, { description: 'Create an account with e-mail and password, and sign in' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<MeModel> {
    const { user, token } = await this.accounts.signUp(
      input.email,
      input.password,
      input.displayName,
      presentedSession(ctx),
    );
    this.setSession(ctx, token);
    return toMe(user);
  }

  @Public()
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => MeModel, { description: 'Sign in; sets an httpOnly session cookie. Failed attempts are limited' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<MeModel> {
    const { user, token } = await this.accounts.signIn(
      input.email,
      input.password,
      clientAddress(ctx.req),
      presentedSession(ctx),
    );
    this.setSession(ctx, token);
    return toMe(user);
  }

  @RequirePermission('account.self')
  @Mutation(() => Boolean, { description: 'Close this session' })
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    const token = sessionToken(ctx.req);
    if (token) await this.accounts.signOut(token);
    clearSessionCookie(ctx.res);
    return true;
  }

  @RequirePermission('account.self')
  @Mutation(() => Int, { description: 'Close every session of the signed-in user, on every device; returns how many' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<number> {
    if (actor.kind !== 'user' || !actor.id) throw new SignedInUserRequiredError('sign out of their sessions');
    clearSessionCookie(ctx.res);
    return this.accounts.signOutEverywhere(actor.id);
  }

  /** The signed-in user's id (the operator has no account). */
  private userOf(actor: Actor, what: string): string {
    if (actor.kind !== 'user' || !actor.id) throw new SignedInUserRequiredError(what);
    return actor.id;
  }

  @RequirePermission('account.self')
  @Mutation(() => MeModel, { description: 'Change the name the dashboard shows for the signed-in user' })
  async updateMyAccount(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyAccountInput): Promise<MeModel> {
    return toMe(await this.accounts.updateDisplayName(this.userOf(actor, 'change an account'), input.displayName));
  }

  @RequirePermission('account.self')
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => Boolean, {
    description:
      'Ask to change the e-mail address: a one-time link (24 h) is sent to the new address, and the address changes only when it is opened (confirmEmailChange)',
  })
  async requestEmailChange(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestEmailChangeInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const userId = this.userOf(actor, 'change an e-mail address');
    await this.accounts.requestEmailChange(userId, input.newEmail, input.currentPassword, clientAddress(ctx.req));
    return true;
  }

  @Public()
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => Boolean, { description: 'Apply the change of e-mail address the link was sent for (once)' })
  async confirmEmailChange(@Args() { token }: ConfirmEmailChangeArgs): Promise<boolean> {
    await this.accounts.confirmEmailChange(token);
    return true;
  }

  @RequirePermission('account.self')
  @Mutation(() => Boolean, {
    description: 'Change the password (the current one is required); the other sessions of the account are closed',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const userId = this.userOf(actor, 'change a password');
    await this.accounts.changePassword(
      userId,
      input.currentPassword,
      input.newPassword,
      clientAddress(ctx.req),
      presentedSession(ctx),
    );
    return true;
  }

  @Public()
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => Boolean, {
    description:
      'E-mail a one-time reset link (valid 60 minutes; at most 3 valid at once) if the account exists; always answers true',
  })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Public()
  @UseGuards(ClientThrottlerGuard)
  @Mutation(() => Boolean, {
    description: 'Set a new password from an e-mailed link; signs the account out everywhere',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.password);
    return true;
  }

  @ResolveField(() => Boolean, {
    description:
      'True when this session came from OpenID Connect: sign out through GET /auth/oidc/logout, to sign out at the provider too',
  })
  async signedInWithProvider(@Context() ctx: GqlContext): Promise<boolean> {
    const token = sessionToken(ctx.req);
    return token ? this.accounts.sessionUsesProvider(token) : false;
  }

  @ResolveField(() => [RoleGrantModel], { description: 'Roles requested and held' })
  async roles(@Parent() me: MeModel): Promise<RoleGrantModel[]> {
    return (await this.grants.grantsOf([me.id])).map(toRoleGrantModel);
  }
}

@Resolver(() => RoleGrantModel)
export class RolesResolver {
  constructor(
    private readonly roles: RolesService,
    private readonly collectivities: CollectivitiesLoaders,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('role.decide')
  @Query(() => [RoleGrantModel], {
    description: 'Role requests the caller may decide (optionally for one collectivity)',
  })
  async pendingRoleRequests(
    @CurrentActor() actor: Actor,
    @Args('collectivityId', { type: () => ID, nullable: true }) collectivityId?: string,
  ): Promise<RoleGrantModel[]> {
    return (await this.roles.pending(actor, collectivityId ?? null)).map(toRoleGrantModel);
  }

  @RequirePermission('role.request')
  @Mutation(() => RoleGrantModel, { description: 'Ask for a role on a collectivity (or as an auditor)' })
  async requestRole(@CurrentActor() actor: Actor, @Args('input') input: RoleRequestInput) {
    if (actor.kind !== 'user') throw new SignedInUserRequiredError('ask for a role');
    return toRoleGrantModel(await this.roles.request(actor, input));
  }

  @RequirePermission('role.decide')
  @Mutation(() => RoleGrantModel, { description: 'Approve or refuse a role request' })
  async decideRoleRequest(@CurrentActor() actor: Actor, @Args('input') input: DecideRoleRequestInput) {
    return toRoleGrantModel(await this.roles.decide(actor, input.grantId, input.approve));
  }

  @RequirePermission('role.decide')
  @Mutation(() => RoleGrantModel, { description: 'Withdraw an active role' })
  async revokeRole(@CurrentActor() actor: Actor, @Args('grantId', { type: () => ID }, UuidArgPipe) grantId: string) {
    return toRoleGrantModel(await this.roles.revoke(actor, grantId));
  }

  @RequirePermission('role.grant')
  @Mutation(() => RoleGrantModel, { description: 'Give a role directly (administrators)' })
  async grantRole(@CurrentActor() actor: Actor, @Args('input') input: GrantRoleInput) {
    const { userId, ...request } = input;
    return toRoleGrantModel(await this.roles.grant(actor, userId, request));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The display name of who asked for (or holds) the role, never their e-mail; null once erased',
  })
  requesterName(@Parent() grant: RoleGrantModel, @Context() ctx: GqlContext): Promise<string | null> {
    return this.users.displayNameById(ctx).load(grant.userId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The domain of the requester's e-mail address (e.g. ville-grenoble.fr), never the address; null once erased",
  })
  requesterEmailDomain(@Parent() grant: RoleGrantModel, @Context() ctx: GqlContext): Promise<string | null> {
    return this.users.emailDomainById(ctx).load(grant.userId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The name of the région or département a territorial role covers, from the referential (e.g. Isère, for code 38); null for the whole country or a code the referential does not know',
  })
  async auditScopeName(@Parent() grant: RoleGrantModel, @Context() ctx: GqlContext): Promise<string | null> {
    if ((grant.auditScope !== 'REGION' && grant.auditScope !== 'DEPARTEMENT') || !grant.auditScopeCode) return null;
    const area = await this.collectivities.area(ctx, grant.auditScope).load(grant.auditScopeCode);
    return area?.name ?? null;
  }

  @ResolveField(() => CollectivityModel, { nullable: true })
  async collectivity(@Parent() grant: RoleGrantModel, @Context() ctx: GqlContext): Promise<CollectivityModel | null> {
    if (!grant.collectivityId) return null;
    const found = await this.collectivities.byId(ctx).load(grant.collectivityId);
    return found ? toCollectivityModel(found) : null;
  }
}
