import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys } from '../../common/graphql/loader-registry';
import { AccountsRepository } from './accounts.repository';

/** Batched reads of accounts for other modules' fields: display names and e-mail domains, never e-mails. */
@Injectable()
export class UsersLoaders {
  constructor(private readonly repository: AccountsRepository) {}

  /** The display name a user chose, or null when the account is gone (erased). */
  displayNameById(ctx: GqlContext): DataLoader<string, string | null> {
    return ctx.loaders.get(
      'user.displayNameById',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const users = await this.repository.displayNamesOf(ids);
          return byKeys(ids, users, (u) => u.id).map((u) => u?.displayName ?? null);
        }),
    );
  }

  /**
   * The domain of a user's e-mail address (`ville-grenoble.fr`), never the address: what deciders of a role request
   * see to judge who asks. Null when the account is gone (erased).
   */
  emailDomainById(ctx: GqlContext): DataLoader<string, string | null> {
    return ctx.loaders.get(
      'user.emailDomainById',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const users = await this.repository.emailsOf(ids);
          return byKeys(ids, users, (u) => u.id).map((u) => emailDomain(u?.email));
        }),
    );
  }
}

/** What follows the last `@` of an address, lower-cased; null for no address. */
export function emailDomain(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at >= 0 ? email.slice(at + 1).toLowerCase() : null;
}
