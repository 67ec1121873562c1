import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { CollectivityKindEnum, type CollectivityKind } from '../../collectivities/models/collectivity.model';
import { CommitmentSourceEnum } from '../../commitments/models/commitment.model';
import {
  COMMITTED_SORTS,
  CommittedSortEnum,
  PopulationStratumEnum,
  SORT_ORDERS,
  STRATA,
  SortOrderEnum,
  type CommittedSort,
  type SortOrder,
  type StratumFilter,
} from '../models/directory.model';

type CommitmentSource = keyof typeof CommitmentSourceEnum;

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

  @Field(() => String, {
    nullable: true,
    description: 'Only the member communes of this EPCI, by its SIREN, e.g. "200040715"',
  })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'epciCode must be the 9-digit SIREN of an EPCI' })
  epciCode?: string | null;

  @Field(() => CollectivityKindEnum, { nullable: true, description: 'Only this kind of collectivity' })
  @IsOptional()
  @IsIn(Object.values(CollectivityKindEnum))
  kind?: CollectivityKind | null;

  @Field(() => PopulationStratumEnum, { nullable: true, description: 'Only this population class' })
  @IsOptional()
  @IsIn(STRATA)
  stratum?: StratumFilter | null;

  @Field(() => CommitmentSourceEnum, { nullable: true, description: 'Only commitments of this source' })
  @IsOptional()
  @IsIn(Object.values(CommitmentSourceEnum))
  source?: CommitmentSource | null;

  @Field(() => Float, { nullable: true, description: 'Only an overall score of at least this, %' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  scoreMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only an overall score of at most this, %' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  scoreMax?: number | null;

  @Field(() => CommittedSortEnum, { defaultValue: 'NAME' })
  @IsIn(COMMITTED_SORTS)
  sort: CommittedSort = 'NAME';

  @Field(() => SortOrderEnum, { defaultValue: 'ASC', description: 'Unknown scores and populations come last' })
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'ASC';

  @Field(() => String, { nullable: true, description: 'Pact edition (default: the current one)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  edition?: string | null;
}
