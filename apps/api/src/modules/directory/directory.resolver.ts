import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { pageComplexity, toPage } from '../../common/graphql/pagination';
import { CollectivityPageModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { CommittedCollectivitiesArgs } from './dto/committed-collectivities.args';
import { DirectoryService } from './directory.service';

@Resolver()
export class DirectoryResolver {
  constructor(private readonly service: DirectoryService) {}

  @Public()
  @Query(() => CollectivityPageModel, {
    description:
      'The collectivities committed to the pact (current edition by default): filtered by territory, kind, ' +
      'population class, source and score; sorted by name, score, population or date',
    complexity: pageComplexity,
  })
  async committedCollectivities(@Args() args: CommittedCollectivitiesArgs): Promise<CollectivityPageModel> {
    const { rows, total } = await this.service.committed(args, args);
    return toPage(rows, total, args, toCollectivityModel);
  }
}
