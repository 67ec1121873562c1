import { LocalizedText, makeGuard } from '../i18n';

/**
 * Whose machines a fleet count or an inventory item covers. The pact treats them apart: the collectivity's own
 * agents and elected officials (sections 1 of the pact), schools (2.7) and public-access machines of digital
 * mediation places (2.8). A share is computed per audience, never one audience's seats over another's fleet.
 */
export const FLEET_AUDIENCES = ['STAFF', 'SCHOOL', 'PUBLIC_ACCESS'] as const;
export type FleetAudience = (typeof FLEET_AUDIENCES)[number];

export const isFleetAudience = makeGuard(FLEET_AUDIENCES);

export const FLEET_AUDIENCE_LABELS: Record<FleetAudience, LocalizedText> = {
  STAFF: { fr: 'Agents et élu·es', en: 'Staff and elected officials' },
  SCHOOL: { fr: 'Écoles', en: 'Schools' },
  PUBLIC_ACCESS: { fr: 'Accès public et médiation numérique', en: 'Public access and digital mediation' },
};

/** The three counts a fleet declares, and what each one is the base of. */
export const FLEET_COUNTS = ['workstations', 'servers', 'officeSeats'] as const;
export type FleetCount = (typeof FLEET_COUNTS)[number];

export const FLEET_COUNT_LABELS: Record<FleetCount, LocalizedText> = {
  workstations: { fr: 'Postes de travail', en: 'Workstations' },
  servers: { fr: 'Serveurs', en: 'Servers' },
  officeSeats: { fr: 'Postes équipés d’une suite bureautique', en: 'Office-suite seats' },
};

/**
 * What a collectivity declares of its whole fleet for one audience, as of a day: how many workstations, servers and
 * office-suite seats it has in all, whatever software they run. A count left null is not declared: the share it
 * would be the base of then falls back on the inventory alone.
 */
export interface FleetDeclaration {
  audience: FleetAudience;
  workstations: number | null;
  servers: number | null;
  officeSeats: number | null;
  /** YYYY-MM-DD: the day the counts were true. */
  asOf: string;
  /** The declaration of the body that runs the collectivity's IT (see `memberInventory`); false when absent. */
  pooled?: boolean;
}
