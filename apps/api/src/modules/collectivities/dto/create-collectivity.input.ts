import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { CollectivityKind } from '../collectivity.entity';
import { CollectivityKindEnum } from '../models/collectivity.model';

/** Kinds that are not in the official referential and may be added by hand. */
export const MANUAL_KINDS = ['SYNDICAT'] as const;

@InputType()
export class CreateCollectivityInput {
  @Field(() => CollectivityKindEnum, { description: 'Only SYNDICAT: every other kind comes from the referential' })
  @IsIn(MANUAL_KINDS)
  kind!: CollectivityKind;

  @Field({ description: 'SIREN, 9 digits' })
  @Matches(/^\d{9}$/, { message: 'siren must be 9 digits' })
  siren!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(\d{2,3}|2A|2B)$/, { message: 'departementCode must be an official département code' })
  departementCode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number;
}
