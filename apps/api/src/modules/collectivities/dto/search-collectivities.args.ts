import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { COLLECTIVITY_KINDS, CollectivityKind } from '../collectivity.entity';
import { CollectivityKindEnum } from '../models/collectivity.model';

@ArgsType()
export class SearchCollectivitiesArgs {
  @Field({ description: 'A name (accents optional), an INSEE code, a SIREN or a postcode' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  query!: string;

  @Field(() => [CollectivityKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(COLLECTIVITY_KINDS, { each: true })
  kinds?: CollectivityKind[];

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset: number = 0;
}
