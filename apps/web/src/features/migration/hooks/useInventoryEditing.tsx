import { createContext, useContext } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { NO_INVENTORY_ABILITIES, type InventoryAbilities } from '../utils/abilities';

type Commitment = NonNullable<CollectivityMigrationQuery['collectivity']['commitment']>;

export interface InventoryEditing {
  abilities: InventoryAbilities;
  collectivityId: string;
  /** The current commitment: its progress (for the proposals) and evidence (for a stage); null without one. */
  commitment: Pick<Commitment, 'id' | 'actions' | 'evidence'> | null;
  /** Called after an evidence file was uploaded (not a GraphQL change): the section asks again for its data. */
  onFileUploaded(): void;
}

export const InventoryEditingContext = createContext<InventoryEditing>({
  abilities: NO_INVENTORY_ABILITIES,
  collectivityId: '',
  commitment: null,
  onFileUploaded: () => undefined,
});

export function useInventoryEditing(): InventoryEditing {
  return useContext(InventoryEditingContext);
}
