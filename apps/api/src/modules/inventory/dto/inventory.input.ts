import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MIGRATION_STAGES, MigrationStage, SOFTWARE_CATEGORIES, SoftwareCategory } from '@pacte/pact';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { SoftwareCategoryEnum } from '../../software-catalogue/models/software-catalogue.model';
import { MigrationStageEnum } from '../models/inventory.model';

@InputType()
export class AddInventoryItemInput {
  @Field(() => ID)
  @IsUUID()
  collectivityId!: string;

  @Field(() => SoftwareCategoryEnum)
  @IsIn(SOFTWARE_CATEGORIES)
  category!: SoftwareCategory;

  @Field({ description: 'The software in use, e.g. "Microsoft Office 2019"' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  productName!: string;

  @Field({ description: 'Whether the software in use is free' })
  @IsBoolean()
  productIsFree!: boolean;

  @Field(() => Int, { nullable: true, description: 'Workstations or users; servers for SERVER_OS; null: unknown' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seats?: number | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue entry of the software in use' })
  @IsOptional()
  @IsUUID()
  productEntryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue entry of the free alternative targeted' })
  @IsOptional()
  @IsUUID()
  targetEntryId?: string | null;

  @Field(() => MigrationStageEnum, { defaultValue: 'INVENTORY', description: 'Where the migration stands today' })
  @IsIn(MIGRATION_STAGES)
  stage: MigrationStage = 'INVENTORY';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the stage was reached; default today' })
  @IsOptional()
  @IsIsoDate()
  stageReachedOn?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Pact actions the migration advances; default: those of the category (1.5 for an office suite…)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  actionCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType({
  description: 'Omitted fields are kept; null clears an optional one. The stage changes through advanceMigrationStage',
})
export class UpdateInventoryItemInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field(() => SoftwareCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(SOFTWARE_CATEGORIES)
  category?: SoftwareCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  productName?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  productIsFree?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  seats?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productEntryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetEntryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'null: back to the category’s default actions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  actionCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class AdvanceMigrationStageInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field(() => MigrationStageEnum, { description: 'A later stage than the current one (stages may be skipped)' })
  @IsIn(MIGRATION_STAGES)
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD the stage was reached; not before the current stage’s date' })
  @IsIsoDate()
  date!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Evidence of this collectivity’s commitment' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  evidenceIds?: string[] | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
