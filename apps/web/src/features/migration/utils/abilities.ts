import { abilitiesOn, type Me } from '../../account';

/** What the signed-in user may change in a collectivity's inventory and label (docs/permissions.md). */
export interface InventoryAbilities {
  /** addInventoryItem, updateInventoryItem, advanceMigrationStage and confirming a proposal (updateActionProgress). */
  manageInventory: boolean;
  /** recordTnlLabel: an elected official of the collectivity, or an administrator. */
  recordLabel: boolean;
}

export const NO_INVENTORY_ABILITIES: InventoryAbilities = { manageInventory: false, recordLabel: false };

/** From the rulebook's abilities of `me` on this collectivity; the API checks again and answers NOT_FOUND otherwise. */
export function inventoryAbilitiesOn(me: Me | null | undefined, collectivityId: string): InventoryAbilities {
  const { manageInventory, recordLabel } = abilitiesOn(me, collectivityId);
  return { manageInventory, recordLabel };
}
