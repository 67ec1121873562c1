import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AudienceFigures,
  EventPayload,
  FLEET_AUDIENCES,
  FleetAudience,
  FleetDeclaration,
  SHARE_BASES,
  SHARE_FIGURES,
  ShareBasis,
  ShareDetail,
  ShareFigure,
} from '@pacte/pact';
import { CollectivityFleetEntity } from '../fleet.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const FleetAudienceEnum = enumOf(FLEET_AUDIENCES);
registerEnumType(FleetAudienceEnum, {
  name: 'FleetAudience',
  description: 'Whose machines: STAFF (agents and elected officials), SCHOOL, PUBLIC_ACCESS (digital mediation)',
});
export const ShareFigureEnum = enumOf(SHARE_FIGURES);
registerEnumType(ShareFigureEnum, { name: 'ShareFigure' });
export const ShareBasisEnum = enumOf(SHARE_BASES);
registerEnumType(ShareBasisEnum, {
  name: 'ShareBasis',
  description:
    'FLEET: counted against the declared fleet; INVENTORY: against the inventoried seats only (no fleet declared); PARTIAL: some audiences on each',
});

@ObjectType('FleetDeclaration', { description: 'A collectivity’s whole fleet for one audience, as of a day' })
export class FleetDeclarationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => FleetAudienceEnum)
  audience!: FleetAudience;

  @Field(() => Int, { nullable: true, description: 'null: not declared' })
  workstations!: number | null;

  @Field(() => Int, { nullable: true })
  servers!: number | null;

  @Field(() => Int, { nullable: true })
  officeSeats!: number | null;

  @Field({ description: 'YYYY-MM-DD the counts were true' })
  asOf!: string;

  @Field(() => Int, { description: 'Optimistic locking: send it back as expectedVersion' })
  version!: number;
}

export function toFleetDeclarationModel(e: CollectivityFleetEntity): FleetDeclarationModel {
  return {
    id: e.id,
    audience: e.audience,
    workstations: e.workstations,
    servers: e.servers,
    officeSeats: e.officeSeats,
    asOf: e.asOf,
    version: e.version,
  };
}

/** What the share computation of libs/pact reads of a declaration. */
export function fleetInput(e: CollectivityFleetEntity): FleetDeclaration {
  return {
    audience: e.audience,
    workstations: e.workstations,
    servers: e.servers,
    officeSeats: e.officeSeats,
    asOf: e.asOf,
  };
}

/** What the history keeps of a declaration (event FleetDeclared). */
export function fleetHistorySnapshot(e: CollectivityFleetEntity): EventPayload<'FleetDeclared'>['after'] {
  return { ...fleetInput(e), version: e.version };
}

@ObjectType('InventoryShare', { description: 'One share of the inventory figures, with what it is counted against' })
export class InventoryShareModel {
  @Field(() => ShareFigureEnum)
  figure!: ShareFigure;

  @Field(() => Float, { nullable: true, description: '%, 1 decimal; null when the base is 0' })
  percent!: number | null;

  @Field(() => Int, { description: 'Seats (servers) that run free software' })
  freeSeats!: number;

  @Field(() => Int, { description: 'The declared fleet, or the inventoried seats where no fleet is declared' })
  base!: number;

  @Field(() => ShareBasisEnum, { nullable: true, description: 'null when the base is 0' })
  basis!: ShareBasis | null;

  @Field({ description: 'The inventory counts more seats than the declared fleet: the declaration is out of date' })
  inventoryExceedsFleet!: boolean;
}

@ObjectType('AudienceInventoryFigures', { description: 'The shares of one audience (staff, schools, public access)' })
export class AudienceInventoryFiguresModel {
  @Field(() => FleetAudienceEnum)
  audience!: FleetAudience;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of its fleet declaration; null: none' })
  fleetAsOf!: string | null;

  @Field(() => [InventoryShareModel])
  shares!: ShareDetail[];
}

export const toAudienceFiguresModel = (a: AudienceFigures): AudienceInventoryFiguresModel => ({ ...a });
