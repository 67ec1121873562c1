import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DataVersionModule } from '../data-version/data-version.module';
import { StatisticsModule } from '../statistics/statistics.module';
import { BadgesController } from './badges.controller';
import { BadgesService } from './badges.service';
import { SharePagesService } from './share-pages.service';

/**
 * What makes the site easy to share: the server-rendered head of each dashboard page (title, description,
 * OpenGraph, feeds), and the SVG badge of a committed collectivity (`GET /badges/{code}.svg`). Reads collectivities, commitments and the stored scores through their services.
 */
@Module({
  imports: [CollectivitiesModule, CommitmentsModule, DataVersionModule, StatisticsModule],
  controllers: [BadgesController],
  providers: [SharePagesService, BadgesService],
  exports: [SharePagesService],
})
export class ShareModule {}
