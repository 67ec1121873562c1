import { createContext, useContext } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { NO_INVENTORY_ABILITIES, type InventoryAbilities } from '../utils/abilities';

type Commitment = NonNullable<CollectivityMigrationQuery['collectivity']['commitment']>;

export interface InventoryEditing {
  abilities: InventoryAbilities;
  collectivityId: string;
  /** The current commitment: its progress (for the proposals) and evidence (for a stage); null without one. */
  commitment: Pick<Commitment, 'id' | 'actions' | 'evidence'> | null;
  /** Called after a successful change: the page reloads its progress, the inventory, readiness and history. */
  onChanged(): void;
}

export const InventoryEditingContext = createContext<InventoryEditing>({
  abilities: NO_INVENTORY_ABILITIES,
  collectivityId: '',
  commitment: null,
  onChanged: () => undefined,
});

export function useInventoryEditing(): InventoryEditing {
  return useContext(InventoryEditingContext);
}
