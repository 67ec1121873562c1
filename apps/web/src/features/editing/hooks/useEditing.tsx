import { createContext, useContext } from 'react';
import { NO_ABILITIES, type Abilities } from '../../account/utils/roles';

export interface Editing {
  abilities: Abilities;
  commitmentId: string;
  /** Every action code of the commitment, in catalogue order, for the evidence's action list. */
  actionCodes: string[];
  /**
   * Called after an evidence file was uploaded (a plain POST the GraphQL cache does not see): the page asks again
   * for what shows the evidence. GraphQL changes need no call: the cache invalidates what they change.
   */
  onFileUploaded(): void;
}

export const EditingContext = createContext<Editing>({
  abilities: NO_ABILITIES,
  commitmentId: '',
  actionCodes: [],
  onFileUploaded: () => undefined,
});

export function useEditing(): Editing {
  return useContext(EditingContext);
}
