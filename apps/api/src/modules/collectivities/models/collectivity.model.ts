import { Page, PageOf } from '../../../common/graphql/pagination';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COLLECTIVITY_KINDS, CollectivityEntity, CollectivityKind, EPCI_KINDS } from '../collectivity.entity';

export type { CollectivityKind };

export const CollectivityKindEnum = Object.fromEntries(COLLECTIVITY_KINDS.map((k) => [k, k])) as {
  [K in CollectivityKind]: K;
};
registerEnumType(CollectivityKindEnum, {
  name: 'CollectivityKind',
  description:
    'Commune, EPCI (communauté de communes, d’agglomération, urbaine, métropole), syndicat, département, région',
});

export const SEARCH_MATCHES = ['INSEE_CODE', 'SIREN', 'POSTCODE', 'NAME'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];
export const SearchMatchEnum = Object.fromEntries(SEARCH_MATCHES.map((m) => [m, m])) as { [M in SearchMatch]: M };
registerEnumType(SearchMatchEnum, {
  name: 'SearchMatch',
  description:
    'The field of a collectivity a search matched: its INSEE code, its SIREN, one of its postcodes, its name',
});

@ObjectType('Collectivity', { description: 'A commune, EPCI, syndicat, département or région' })
export class CollectivityModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'INSEE code (communes), SIREN (EPCI, syndicats), official code (départements, régions)' })
  code!: string;

  @Field(() => CollectivityKindEnum)
  kind!: CollectivityKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  siren!: string | null;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  @Field(() => [String])
  postcodes!: string[];

  @Field(() => String, { nullable: true })
  departementCode!: string | null;

  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field({ description: 'True for communautés de communes, d’agglomération, urbaines and métropoles' })
  isEpci!: boolean;

  @Field(() => SearchMatchEnum, {
    nullable: true,
    description:
      'In searchCollectivities: the field the query matched (INSEE code, SIREN, postcode, else the name); null elsewhere',
  })
  matchedBy?: SearchMatch | null;

  /** Not exposed: used by field resolvers. */
  epciId!: string | null;
}

export function toCollectivityModel(entity: CollectivityEntity): CollectivityModel {
  return {
    id: entity.id,
    code: entity.code,
    kind: entity.kind,
    name: entity.name,
    siren: entity.siren,
    population: entity.population,
    postcodes: entity.postcodes,
    departementCode: entity.departementCode,
    regionCode: entity.regionCode,
    isEpci: EPCI_KINDS.includes(entity.kind),
    epciId: entity.epciId,
  };
}

export const CollectivityPageModel = PageOf(CollectivityModel, 'CollectivityPage');
export type CollectivityPageModel = Page<CollectivityModel>;
