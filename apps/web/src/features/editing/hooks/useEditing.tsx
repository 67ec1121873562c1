import { createContext, useContext } from 'react';
import { NO_ABILITIES, type Abilities } from '../../account';

export interface Editing {
  abilities: Abilities;
  commitmentId: string;
  /** Every action code of the commitment, in catalogue order, for the evidence's action list. */
  actionCodes: string[];
  /** Called after a successful change: the page reloads its progress and its history. */
  onChanged(): void;
}

export const EditingContext = createContext<Editing>({
  abilities: NO_ABILITIES,
  commitmentId: '',
  actionCodes: [],
  onChanged: () => undefined,
});

export function useEditing(): Editing {
  return useContext(EditingContext);
}
