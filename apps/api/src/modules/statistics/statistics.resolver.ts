import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { NationalStatisticsModel } from './models/statistics.model';
import { StatisticsService } from './statistics.service';

@Resolver(() => NationalStatisticsModel)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Public()
  @Query(() => NationalStatisticsModel, {
    description: 'Signatures, elected lists, commitments and progress, nationally and by région, département, stratum',
  })
  nationalStatistics(@Args('edition', { nullable: true }) edition?: string): Promise<NationalStatisticsModel> {
    return this.service.national(edition ?? undefined);
  }
}
