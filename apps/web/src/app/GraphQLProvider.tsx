import { useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphQLClient } from '../lib/graphql';

/** The dashboard's one GraphQL client (urql and its normalised cache), for every feature's hooks below it. */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createGraphQLClient());
  return <Provider value={client}>{children}</Provider>;
}
