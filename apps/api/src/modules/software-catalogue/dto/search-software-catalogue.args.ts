import { ArgsType, Field, Int } from '@nestjs/graphql';
import { SOFTWARE_CATEGORIES, SoftwareCategory } from '@pacte/pact';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CATALOGUE_ENTRY_SOURCES, CatalogueEntrySource } from '../software-catalogue-entry.entity';
import { CatalogueEntrySourceEnum, SoftwareCategoryEnum } from '../models/software-catalogue.model';

@ArgsType()
export class SearchSoftwareCatalogueArgs {
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

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset: number = 0;
}
