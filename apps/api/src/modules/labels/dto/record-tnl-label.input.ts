import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { tnlLabelSchema, TnlScale, TnlSpecialMention } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { TnlScaleEnum, TnlSpecialMentionEnum } from '../models/label.model';

@InputType()
@ValidatedBy(tnlLabelSchema)
export class RecordTnlLabelInput {
  @Field(() => ID)
  collectivityId!: string;

  @Field(() => Int, { description: 'The vintage, e.g. 2025' })
  year!: number;

  @Field(() => TnlScaleEnum, { description: 'LEGACY: 2016–2024, levels 1 to 5; 2025: Badge, Bronze, Argent, Or' })
  scale!: TnlScale;

  @Field({ description: '"1" … "5" on the LEGACY scale; BADGE, BRONZE, ARGENT or OR on the 2025 scale' })
  level!: string;

  @Field(() => [TnlSpecialMentionEnum], { defaultValue: [], description: 'Special mentions (2025 scale)' })
  mentions: TnlSpecialMention[] = [];

  @Field(() => String, { nullable: true, description: 'Where the award is published' })
  url?: string | null;
}
