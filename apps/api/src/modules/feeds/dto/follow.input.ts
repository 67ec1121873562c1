import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class FollowCollectivityInput {
  @Field(() => ID)
  @IsUUID()
  collectivityId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Weekly e-mail digest on or off; omitted: off for a new follow, unchanged for an existing one',
  })
  @IsOptional()
  @IsBoolean()
  digest?: boolean | null;
}
