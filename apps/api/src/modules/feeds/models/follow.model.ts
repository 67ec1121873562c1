import { Field, ObjectType } from '@nestjs/graphql';
import { FollowEntity } from '../follow.entity';

@ObjectType('Follow', { description: 'A collectivity the signed-in user follows (private to them)' })
export class FollowModel {
  @Field({ description: 'Whether the weekly e-mail digest of its changes is on' })
  digest!: boolean;

  @Field({ description: 'When the user started following it' })
  since!: Date;

  @Field({ description: 'The public Atom feed of the collectivity' })
  feedUrl!: string;

  collectivityId!: string;
}

export function toFollowModel(e: FollowEntity, feedUrl: string): FollowModel {
  return { digest: e.digest, since: e.createdAt, feedUrl, collectivityId: e.collectivityId };
}
