import { createContext, useContext } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { NO_INVENTORY_ABILITIES, type InventoryAbilities } from '../utils/abilities';

type Commitment = NonNullable<CollectivityMigrationQuery['collectivity']['commitment']>;

export interface InventoryEditing {
  abilities: InventoryAbilities;
  collectivityId: string;
  /** The current commitment: its progress (for the proposals) and evidence (for a stage); null without one. */
  commitment: Pick<Commitment, 'id' | 'actions' | 'evidence'> | null;
  /** Pooled IT: the member communes whose IT this collectivity runs (empty unless it is such a pooling body). */
  members: readonly { id: string; name: string }[];
  /**
   * Asks the API again for the section's data, for what the GraphQL cache cannot see: an evidence file uploaded, or
   * someone else's edit reported by a CONFLICT.
   */
  reload(): void;
}

export const InventoryEditingContext = createContext<InventoryEditing>({
  abilities: NO_INVENTORY_ABILITIES,
  collectivityId: '',
  commitment: null,
  members: [],
  reload: () => undefined,
});

export function useInventoryEditing(): InventoryEditing {
  return useContext(InventoryEditingContext);
}
