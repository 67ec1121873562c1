import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  TNL_SPECIAL_MENTIONS,
  TNL_TIERS,
  TnlDomain,
  TnlScale,
  TnlSpecialMention,
  TnlTier,
  EventPayload,
} from '@pacte/pact';
import { TnlDomainEnum } from '../../catalogue/models/pact.model';
import { InventoryFiguresModel } from '../../inventory/models/inventory.model';
import { TnlLabelEntity } from '../tnl-label.entity';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

// GraphQL enum values cannot start with a digit: the 2025 scale is SCALE_2025 in the schema, '2025' in the code.
export const TnlScaleEnum = { LEGACY: 'LEGACY', SCALE_2025: '2025' } as const;
registerEnumType(TnlScaleEnum, {
  name: 'TnlScale',
  description: 'LEGACY: 2016–2024, levels 1 to 5; SCALE_2025: from 2025, Badge then Bronze, Argent, Or',
});
export const TnlSpecialMentionEnum = enumOf(TNL_SPECIAL_MENTIONS);
registerEnumType(TnlSpecialMentionEnum, { name: 'TnlSpecialMention' });
export const TnlTierEnum = enumOf(TNL_TIERS);
registerEnumType(TnlTierEnum, { name: 'TnlTier', description: 'An estimated position on the 2025 scale' });
export const CriterionStatusEnum = enumOf(['MET', 'UNMET', 'NOT_APPLICABLE'] as const);
registerEnumType(CriterionStatusEnum, { name: 'TnlCriterionStatus' });
export const TierGapScopeEnum = enumOf(['DOMAINS_WITH_A_CRITERION', 'DOMAIN', 'OVERALL'] as const);
registerEnumType(TierGapScopeEnum, {
  name: 'TnlTierGapScope',
  description:
    'DOMAINS_WITH_A_CRITERION: more domains need a first criterion met; DOMAIN: more criteria in one domain; OVERALL: more criteria anywhere',
});

@ObjectType('TnlLabel', { description: 'A Territoire Numérique Libre label the jury awarded' })
export class TnlLabelModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => TnlScaleEnum)
  scale!: TnlScale;

  @Field({ description: '"1" … "5" (LEGACY) or BADGE, BRONZE, ARGENT, OR (2025)' })
  level!: string;

  @Field(() => [TnlSpecialMentionEnum])
  mentions!: TnlSpecialMention[];

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  createdAt!: Date;

  collectivityId!: string;
}

export function toTnlLabelModel(e: TnlLabelEntity): TnlLabelModel {
  return {
    id: e.id,
    year: e.year,
    scale: e.scale,
    level: e.level,
    mentions: e.mentions,
    url: e.url,
    createdAt: e.createdAt,
    collectivityId: e.collectivityId,
  };
}

/** What the history keeps of a label (event TnlLabelCreated). */
export function tnlLabelHistorySnapshot(e: TnlLabelEntity): EventPayload<'TnlLabelCreated'>['after'] {
  return { year: e.year, scale: e.scale, level: e.level, mentions: e.mentions, url: e.url };
}

@ObjectType('TnlCriterionResult')
export class CriterionResultModel {
  @Field({ description: 'Stable id, e.g. "DM-OPEN-DATA"; evidence may name it (criterionIds)' })
  id!: string;

  @Field(() => TnlDomainEnum)
  domain!: TnlDomain;

  @Field()
  titleFr!: string;

  @Field()
  titleEn!: string;

  @Field(() => CriterionStatusEnum)
  status!: 'MET' | 'UNMET' | 'NOT_APPLICABLE';

  @Field(() => String, { nullable: true, description: 'The alternative that met it, in words (French)' })
  metByFr!: string | null;

  @Field(() => String, { nullable: true })
  metByEn!: string | null;

  @Field({
    description:
      'Pooled IT: met only thanks to the items, fleet or evidence of the body that runs the commune’s IT (false when nothing is pooled)',
  })
  throughPooling!: boolean;
}

@ObjectType('TnlDomainReadiness')
export class DomainReadinessModel {
  @Field(() => TnlDomainEnum)
  domain!: TnlDomain;

  @Field(() => Int)
  met!: number;

  @Field(() => Int, { description: 'Criteria that count: all but NOT_APPLICABLE ones' })
  applicable!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { nullable: true, description: 'met / applicable, %' })
  percent!: number | null;

  @Field(() => [CriterionResultModel])
  criteria!: CriterionResultModel[];
}

@ObjectType('TnlCoverage')
export class CoverageModel {
  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  applicable!: number;

  @Field(() => Float, { nullable: true })
  percent!: number | null;
}

@ObjectType('TnlTierGap', { description: 'What stands between the estimated tier and the next one' })
export class TierGapModel {
  @Field(() => TierGapScopeEnum)
  scope!: 'DOMAINS_WITH_A_CRITERION' | 'DOMAIN' | 'OVERALL';

  @Field(() => TnlDomainEnum, { nullable: true, description: 'For the DOMAIN scope' })
  domain!: TnlDomain | null;

  @Field(() => Int, { description: 'How many more domains (or criteria) are needed' })
  needed!: number;
}

@ObjectType('TnlMissingCriterion', { description: 'An unmet criterion that counts toward the next tier' })
export class MissingCriterionModel {
  @Field()
  id!: string;

  @Field(() => TnlDomainEnum)
  domain!: TnlDomain;

  @Field()
  titleFr!: string;

  @Field()
  titleEn!: string;

  @Field(() => [String], { description: 'Each way to meet it, in words (French); any one is enough' })
  satisfiedByFr!: string[];

  @Field(() => [String])
  satisfiedByEn!: string[];
}

@ObjectType('TnlMentionReadiness')
export class MentionReadinessModel {
  @Field(() => TnlSpecialMentionEnum)
  mention!: TnlSpecialMention;

  @Field()
  withinReach!: boolean;

  @Field(() => [String])
  criteriaMet!: string[];

  @Field(() => [String])
  criteriaMissing!: string[];
}

@ObjectType('LabelReadiness', {
  description:
    'Readiness for the Territoire Numérique Libre label: a self-assessment from the declared actions, evidence, inventory and awarded labels. The jury publishes no grid: show `noticeFr` / `noticeEn` with it',
})
export class LabelReadinessModel {
  @Field({ description: 'To show with every figure: this is a self-assessment' })
  noticeFr!: string;

  @Field()
  noticeEn!: string;

  @Field(() => InventoryFiguresModel)
  figures!: InventoryFiguresModel;

  @Field(() => [DomainReadinessModel])
  domains!: DomainReadinessModel[];

  @Field(() => CoverageModel)
  overall!: CoverageModel;

  @Field(() => TnlTierEnum, { description: 'Estimated tier on the 2025 scale' })
  tier!: TnlTier;

  @Field(() => Int, { description: 'Estimated level on the 2016–2024 scale, 0 (none) to 5' })
  legacyLevel!: number;

  @Field(() => TnlTierEnum, { nullable: true, description: 'The tier above, null at OR' })
  nextTier!: TnlTier | null;

  @Field(() => [TierGapModel])
  nextTierGaps!: TierGapModel[];

  @Field(() => [MissingCriterionModel], { description: 'What is missing for the next tier' })
  missingForNextTier!: MissingCriterionModel[];

  @Field(() => [MentionReadinessModel])
  mentions!: MentionReadinessModel[];

  @Field(() => [TnlSpecialMentionEnum])
  mentionsWithinReach!: TnlSpecialMention[];
}
