import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys } from '../../common/graphql/loader-registry';
import { UserEntity } from './user.entity';

/** Batched reads of accounts for other modules' fields: display names only, never e-mails. */
@Injectable()
export class UsersLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The display name a user chose, or null when the account is gone (erased). */
  displayNameById(ctx: GqlContext): DataLoader<string, string | null> {
    return ctx.loaders.get(
      'user.displayNameById',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const users = await this.dataSource
            .getRepository(UserEntity)
            .find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
          return byKeys(ids, users, (u) => u.id).map((u) => u?.displayName ?? null);
        }),
    );
  }
}
