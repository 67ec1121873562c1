import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TNL_SCALES, TNL_SPECIAL_MENTIONS, TnlScale, TnlSpecialMention } from '@pacte/pact';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TnlScaleEnum, TnlSpecialMentionEnum } from '../models/label.model';

@InputType()
export class RecordTnlLabelInput {
  @Field(() => ID)
  @IsUUID()
  collectivityId!: string;

  @Field(() => Int, { description: 'The vintage, e.g. 2025' })
  @IsInt()
  @Min(2016)
  @Max(2100)
  year!: number;

  @Field(() => TnlScaleEnum, { description: 'LEGACY: 2016–2024, levels 1 to 5; 2025: Badge, Bronze, Argent, Or' })
  @IsIn(TNL_SCALES)
  scale!: TnlScale;

  @Field({ description: '"1" … "5" on the LEGACY scale; BADGE, BRONZE, ARGENT or OR on the 2025 scale' })
  @IsString()
  @MaxLength(8)
  level!: string;

  @Field(() => [TnlSpecialMentionEnum], { defaultValue: [], description: 'Special mentions (2025 scale)' })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(TNL_SPECIAL_MENTIONS, { each: true })
  mentions: TnlSpecialMention[] = [];

  @Field(() => String, { nullable: true, description: 'Where the award is published' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(2000)
  url?: string | null;
}
