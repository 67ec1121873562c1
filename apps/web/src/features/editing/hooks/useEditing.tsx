import { createContext, useContext } from 'react';
import { NO_ABILITIES, type Abilities } from '../../account';

export interface Editing {
  abilities: Abilities;
  commitmentId: string;
  /** Every action code of the commitment, in catalogue order, for the evidence's action list. */
  actionCodes: string[];
  /**
   * Asks the API again for the page's data, for what the GraphQL cache cannot see: an evidence file uploaded (a plain
   * POST), or someone else's edit reported by a CONFLICT. GraphQL changes need no call: the cache invalidates what
   * they change.
   */
  reload(): void;
}

export const EditingContext = createContext<Editing>({
  abilities: NO_ABILITIES,
  commitmentId: '',
  actionCodes: [],
  reload: () => undefined,
});

export function useEditing(): Editing {
  return useContext(EditingContext);
}
