import { Page, PageOf } from '../../../common/graphql/pagination';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SOFTWARE_CATEGORIES, SoftwareCategory } from '@pacte/pact';
import {
  CATALOGUE_ENTRY_SOURCES,
  CatalogueEntrySource,
  SoftwareCatalogueEntryEntity,
} from '../software-catalogue-entry.entity';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SoftwareCategoryEnum = enumOf(SOFTWARE_CATEGORIES);
registerEnumType(SoftwareCategoryEnum, {
  name: 'SoftwareCategory',
  description: 'What a software is used for: office suite, e-mail, browser, workstation OS, server OS, …',
});

export const CatalogueEntrySourceEnum = enumOf(CATALOGUE_ENTRY_SOURCES);
registerEnumType(CatalogueEntrySourceEnum, {
  name: 'SoftwareCatalogueSource',
  description:
    'SEED: the free alternatives the pact names; SILL: the Socle interministériel de logiciels libres; COMPTOIR: the Comptoir du Libre',
});

@ObjectType('SoftwareProvider', { description: 'A company that supports a software, as its catalogue lists it' })
export class SoftwareProviderModel {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'French company number (9 digits)' })
  siren!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('SoftwareCatalogueEntry', {
  description:
    'A free software of the catalogue: the seed of free alternatives, or an entry of the SILL or the Comptoir du Libre',
})
export class SoftwareCatalogueEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CatalogueEntrySourceEnum)
  source!: CatalogueEntrySource;

  @Field({ description: 'The seed’s slug, or the id in the SILL or the Comptoir du Libre' })
  externalId!: string;

  @Field()
  name!: string;

  @Field(() => SoftwareCategoryEnum, { nullable: true, description: 'Known for the seed only' })
  category!: SoftwareCategory | null;

  @Field(() => String, { nullable: true, description: 'SPDX identifier most of the time' })
  licence!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  repository!: string | null;

  @Field(() => Int, { nullable: true })
  sillId!: number | null;

  @Field(() => Int, { nullable: true })
  comptoirId!: number | null;

  @Field(() => [Int], { description: 'SILL ids of similar software' })
  similarSillIds!: number[];

  @Field(() => [SoftwareProviderModel])
  providers!: SoftwareProviderModel[];

  @Field(() => [String], {
    description: 'Organisations that told the source catalogue they use it (as the catalogue spells them)',
  })
  declaredUsers!: string[];

  @Field(() => [String])
  aliases!: string[];

  @Field(() => [String], { description: 'Proprietary products it replaces (seed)' })
  replaces!: string[];

  @Field(() => [String], { description: 'Pact actions that adopting it advances (seed)' })
  actionCodes!: string[];

  @Field({ description: 'The source catalogue no longer recommends it' })
  dereferenced!: boolean;
}

export function toSoftwareCatalogueEntryModel(e: SoftwareCatalogueEntryEntity): SoftwareCatalogueEntryModel {
  return {
    id: e.id,
    source: e.source,
    externalId: e.externalId,
    name: e.name,
    category: e.category,
    licence: e.licence,
    description: e.description,
    website: e.website,
    repository: e.repository,
    sillId: e.sillId,
    comptoirId: e.comptoirId,
    similarSillIds: e.similarSillIds,
    providers: e.providers.map((p) => ({ name: p.name, siren: p.siren ?? null, url: p.url ?? null })),
    declaredUsers: e.declaredUsers,
    aliases: e.aliases,
    replaces: e.replaces,
    actionCodes: e.actionCodes,
    dereferenced: e.dereferenced,
  };
}

export const SoftwareCataloguePageModel = PageOf(SoftwareCatalogueEntryModel, 'SoftwareCataloguePage');
export type SoftwareCataloguePageModel = Page<SoftwareCatalogueEntryModel>;
