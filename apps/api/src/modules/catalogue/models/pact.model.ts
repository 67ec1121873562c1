import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EVIDENCE_KINDS,
  EvidenceKind,
  PROGRESS_STATUSES,
  PactAction,
  PactSection,
  ProgressStatus,
  TNL_DOMAINS,
  TnlDomain,
} from '@pacte/pact';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ProgressStatusEnum = enumOf(PROGRESS_STATUSES);
registerEnumType(ProgressStatusEnum, {
  name: 'ProgressStatus',
  description: 'NOT_STARTED 0 %, PLANNED 10 %, IN_PROGRESS 50 %, DONE 100 %, NOT_APPLICABLE (excluded), ABANDONED 0 %',
});
export const EvidenceKindEnum = enumOf(EVIDENCE_KINDS);
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind' });
export const TnlDomainEnum = enumOf(TNL_DOMAINS);
registerEnumType(TnlDomainEnum, {
  name: 'TnlDomain',
  description: 'The five domains of the Territoire Numérique Libre label',
});

@ObjectType('PactAction', { description: 'One checklist item of the pact' })
export class PactActionModel {
  @Field({ description: 'Stable code, e.g. "1.7"' })
  code!: string;

  @Field()
  edition!: string;

  @Field(() => Int)
  section!: number;

  @Field(() => Int)
  order!: number;

  @Field()
  titleFr!: string;

  @Field()
  titleEn!: string;

  @Field()
  descriptionFr!: string;

  @Field()
  descriptionEn!: string;

  @Field({ description: 'The bullet of the pact it comes from, verbatim (French)' })
  sourceText!: string;

  @Field(() => [EvidenceKindEnum])
  evidenceKinds!: EvidenceKind[];

  @Field(() => [TnlDomainEnum])
  tnlDomains!: TnlDomain[];

  @Field(() => Float)
  weight!: number;
}

@ObjectType('PactSection')
export class PactSectionModel {
  @Field(() => Int)
  number!: number;

  @Field()
  titleFr!: string;

  @Field()
  titleEn!: string;

  @Field()
  summaryFr!: string;

  @Field()
  summaryEn!: string;
}

@ObjectType('PactCatalogue')
export class PactCatalogueModel {
  @Field()
  edition!: string;

  @Field(() => [PactSectionModel])
  sections!: PactSectionModel[];

  @Field(() => [PactActionModel])
  actions!: PactActionModel[];
}

const actionModels = new WeakMap<PactAction, PactActionModel>();

/**
 * The model of a catalogue action, made once per action and shared (the catalogue does not change while the API
 * runs, and GraphQL only reads it): each action of each page reads it (issue 12).
 */
export function pactActionModelOf(action: PactAction): PactActionModel {
  let model = actionModels.get(action);
  if (!model) actionModels.set(action, (model = toPactActionModel(action)));
  return model;
}

export function toPactActionModel(action: PactAction): PactActionModel {
  return {
    code: action.code,
    edition: action.edition,
    section: action.section,
    order: action.order,
    titleFr: action.title.fr,
    titleEn: action.title.en,
    descriptionFr: action.description.fr,
    descriptionEn: action.description.en,
    sourceText: action.sourceText,
    evidenceKinds: action.evidenceKinds,
    tnlDomains: action.tnlDomains,
    weight: action.weight,
  };
}

export function toPactSectionModel(section: PactSection): PactSectionModel {
  return {
    number: section.number,
    titleFr: section.title.fr,
    titleEn: section.title.en,
    summaryFr: section.summary.fr,
    summaryEn: section.summary.en,
  };
}

export type { ProgressStatus };
