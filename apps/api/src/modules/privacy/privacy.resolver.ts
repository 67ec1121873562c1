import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { clientAddress } from '../../common/web/client-address';
import { ConfirmationMismatchError, SignedInUserRequiredError } from '../accounts/accounts.errors';
import { AccountsService } from '../accounts/accounts.service';
import { clearSessionCookie } from '../accounts/session.port';
import { DeleteMyAccountInput } from './dto/privacy.input';
import { PrivacyService } from './privacy.service';

/**
 * The self-service side of privacy: a signed-in user downloads their data (the export `npm run personal-data -- export`
 * gives an administrator) and deletes their account (the same erasure as `npm run personal-data -- erase`).
 */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly accounts: AccountsService,
  ) {}

  @RequirePermission('account.self')
  @Query(() => GraphQLJSONObject, {
    description:
      'Everything the platform holds about the signed-in user (account, roles, follows, digests sent, sessions, sign-in attempts, e-mail changes), as JSON',
  })
  async myPersonalData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    if (actor.kind !== 'user' || !actor.id) throw new SignedInUserRequiredError('download their data');
    return this.privacy.export({ user: actor.id });
  }

  @RequirePermission('account.self')
  @Mutation(() => Boolean, {
    description:
      'Delete the signed-in account: the e-mail address typed again and the password (if the account has one). The same erasure as the command: account, sessions, links, roles, follows and digests go; the history says an erasure happened, nothing else',
  })
  async deleteMyAccount(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeleteMyAccountInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    if (actor.kind !== 'user' || !actor.id) throw new SignedInUserRequiredError('delete their account');
    const userId = actor.id;
    const user = await this.accounts.verifyPassword(userId, input.password, clientAddress(ctx.req));
    if (input.confirmation.trim().toLowerCase() !== user.email) throw new ConfirmationMismatchError();
    await this.privacy.erase({ user: userId });
    clearSessionCookie(ctx.res);
    return true;
  }
}
