import { Module } from '@nestjs/common';
import { MapResolver } from './map.resolver';

/** What the dashboard needs to draw the map of France: the operator's choice of background tiles. */
@Module({ providers: [MapResolver] })
export class MapModule {}
