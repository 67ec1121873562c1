import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';

@ArgsType()
export class CommittedCollectivitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only those of this département, e.g. "38" or "2A"' })
  @IsOptional()
  @Matches(/^(\d{2,3}|2[AB])$/i, { message: 'departementCode must be a département code such as 38, 2A or 974' })
  departementCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only those of this région, e.g. "84"' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'regionCode must be a two-digit région code such as 84' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Pact edition (default: the current one)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  edition?: string | null;
}
