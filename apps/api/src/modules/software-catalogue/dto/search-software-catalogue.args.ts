import { ArgsType, Field } from '@nestjs/graphql';
import { SOFTWARE_CATEGORIES, SoftwareCategory } from '@pacte/pact';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { CATALOGUE_ENTRY_SOURCES, CatalogueEntrySource } from '../software-catalogue-entry.entity';
import { CatalogueEntrySourceEnum, SoftwareCategoryEnum } from '../models/software-catalogue.model';

@ArgsType()
export class SearchSoftwareCatalogueArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of another name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  query?: string | null;

  @Field(() => SoftwareCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(SOFTWARE_CATEGORIES)
  category?: SoftwareCategory | null;

  @Field(() => CatalogueEntrySourceEnum, { nullable: true })
  @IsOptional()
  @IsIn(CATALOGUE_ENTRY_SOURCES)
  source?: CatalogueEntrySource | null;
}
