import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { MapSettingsModel } from './models/map-settings.model';

@Resolver(() => MapSettingsModel)
export class MapResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => MapSettingsModel, { description: 'Tiles and credit of the map of France (MAP_TILE_URL)' })
  mapSettings(): MapSettingsModel {
    const { tileUrl, attribution, attributionUrl } = this.config.map;
    return { tileUrl, attribution, attributionUrl };
  }
}
