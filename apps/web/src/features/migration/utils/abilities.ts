import type { Me } from '../../account';
import { isAdmin } from '../../account';

/** What the signed-in user may change in a collectivity's inventory and label (docs/permissions.md). */
export interface InventoryAbilities {
  /** addInventoryItem, updateInventoryItem, advanceMigrationStage and confirming a proposal (updateActionProgress). */
  manageInventory: boolean;
  /** recordTnlLabel: an elected official of the collectivity, or an administrator. */
  recordLabel: boolean;
}

export const NO_INVENTORY_ABILITIES: InventoryAbilities = { manageInventory: false, recordLabel: false };

/** From the ACTIVE grants of `me` on this collectivity; the API checks again and answers NOT_FOUND otherwise. */
export function inventoryAbilitiesOn(me: Me | null | undefined, collectivityId: string): InventoryAbilities {
  if (!me) return NO_INVENTORY_ABILITIES;
  const here = new Set(
    me.roles.filter((g) => g.status === 'ACTIVE' && g.collectivity?.id === collectivityId).map((g) => g.role),
  );
  const admin = isAdmin(me);
  return {
    manageInventory: admin || here.has('ELECTED_OFFICIAL') || here.has('IT_MANAGER'),
    recordLabel: admin || here.has('ELECTED_OFFICIAL'),
  };
}
