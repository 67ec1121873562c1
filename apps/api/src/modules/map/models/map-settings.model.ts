import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MapSettings', { description: 'The background of the map of France, as the operator configured it' })
export class MapSettingsModel {
  @Field(() => String, {
    nullable: true,
    description:
      'Raster tile URL template with {z}, {x}, {y}; null: no background tiles (the map shows the data alone)',
  })
  tileUrl!: string | null;

  @Field({ description: 'The credit the tile server asks for (plain text)' })
  attribution!: string;

  @Field(() => String, { nullable: true, description: 'Where the credit links to' })
  attributionUrl!: string | null;
}
