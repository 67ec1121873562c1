import { ArgsType, Field } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { COLLECTIVITY_KINDS, CollectivityKind } from '../collectivity.entity';
import { CollectivityKindEnum } from '../models/collectivity.model';

@ArgsType()
export class SearchCollectivitiesArgs extends PageArgs {
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

  @Field({
    defaultValue: false,
    description: 'Only the collectivities committed to the current edition of the pact',
  })
  @IsBoolean()
  committedOnly: boolean = false;
}
