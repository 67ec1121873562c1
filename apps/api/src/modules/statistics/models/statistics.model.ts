import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SectionAverage')
export class SectionAverageModel {
  @Field(() => Int)
  section!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the committed collectivities’ section scores, %' })
  averageScore!: number | null;
}

@ObjectType('CountByKey')
export class CountByKeyModel {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AreaStatistics', { description: 'Commitments and mean progress of one région, département or stratum' })
export class AreaStatisticsModel {
  @Field({ description: 'Région or département code, or population stratum' })
  key!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int)
  commitments!: number;

  @Field(() => Int, { description: 'Of these commitments, those of the labelled demonstration data set (fictional)' })
  demoCommitments!: number;

  @Field(() => Float, { nullable: true })
  averageProgress!: number | null;
}

@ObjectType('ProgressPoint', { description: 'National progress at the end of one month, kept by the writes' })
export class ProgressPointModel {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  commitments!: number;

  @Field(() => Int)
  actionsDone!: number;

  @Field(() => Float, { nullable: true })
  averageProgress!: number | null;
}

@ObjectType('NationalStatistics')
export class NationalStatisticsModel {
  @Field()
  edition!: string;

  @Field(() => Int, { description: 'People who signed' })
  signatories!: number;

  @Field(() => Int)
  electedSignatories!: number;

  @Field(() => Int, { description: 'Lists with at least one signatory' })
  signingLists!: number;

  @Field(() => Int, { description: 'Lists that signed as a whole ("ma liste s’engage")' })
  listsSignedAsList!: number;

  @Field(() => Int, { description: 'Signing lists that won the majority' })
  electedSigningLists!: number;

  @Field(() => Int)
  signingCollectivities!: number;

  @Field(() => Int, { description: 'Committed collectivities' })
  commitments!: number;

  @Field(() => Int, {
    description:
      'Of the committed collectivities, those of the labelled demonstration data set (fictional): the dashboard says so beside every figure that counts them',
  })
  demoCommitments!: number;

  @Field(() => [CountByKeyModel])
  commitmentsBySource!: CountByKeyModel[];

  @Field(() => Int, { description: 'Actions marked DONE, all commitments together' })
  actionsDone!: number;

  @Field(() => Float, { nullable: true, description: 'Mean overall score of the committed collectivities, %' })
  averageProgress!: number | null;

  @Field(() => [SectionAverageModel])
  sections!: SectionAverageModel[];

  @Field(() => [AreaStatisticsModel])
  byRegion!: AreaStatisticsModel[];

  @Field(() => [AreaStatisticsModel])
  byDepartement!: AreaStatisticsModel[];

  @Field(() => [AreaStatisticsModel])
  byPopulationStratum!: AreaStatisticsModel[];

  @Field(() => [ProgressPointModel], { description: 'Month by month since the first commitment (at most 10 years)' })
  progressOverTime!: ProgressPointModel[];
}
