import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { EvidencePageRows, EvidenceRepository, EvidenceRow } from './evidence.repository';

/** An action of a commitment: the key of its evidence pages. */
export interface ActionKey {
  commitmentId: string;
  actionCode: string;
}

@Injectable()
export class EvidenceLoaders {
  constructor(private readonly repository: EvidenceRepository) {}

  /** Evidence by id, with the actions it supports. */
  byId(ctx: GqlContext): DataLoader<string, EvidenceRow | null> {
    return ctx.loaders.get(
      'evidence.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (e) => e.id),
        ),
    );
  }

  /** The evidence of each commitment, with the actions each supports, newest first. */
  byCommitment(ctx: GqlContext): DataLoader<string, EvidenceRow[]> {
    return ctx.loaders.get(
      'evidence.byCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCommitmentIds(ids), (e) => e.commitmentId),
        ),
    );
  }

  /**
   * A page of each action's evidence (`offset`, `first`), with its count: the page's 31 actions (or a directory's
   * many commitments) in two statements. One loader per page asked for.
   */
  actionPage(ctx: GqlContext, offset: number, first: number): DataLoader<ActionKey, EvidencePageRows, string> {
    return ctx.loaders.get(
      `evidence.actionPage:${offset}:${first}`,
      () =>
        new DataLoader(async (keys: readonly ActionKey[]) => this.repository.findActionPages(keys, offset, first), {
          cacheKeyFn: (k) => `${k.commitmentId}|${k.actionCode}`,
        }),
    );
  }

  /** A page of each commitment's evidence (`offset`, `first`), with its count. */
  commitmentPage(ctx: GqlContext, offset: number, first: number): DataLoader<string, EvidencePageRows> {
    return ctx.loaders.get(
      `evidence.commitmentPage:${offset}:${first}`,
      () => new DataLoader(async (ids: readonly string[]) => this.repository.findCommitmentPages(ids, offset, first)),
    );
  }
}
