import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import DataLoader from 'dataloader';

/**
 * Per-request home of DataLoaders: created with the GraphQL context, so nothing is cached across requests.
 * Modules ask for their loaders by key (see `<domain>.loaders.ts`); the first use creates it.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** Forgets every loader and what it holds: the request is answered. A later `get` starts afresh. */
  clear(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
    this.loaders.clear();
  }

  /** How many loaders the request has used (and holds, until `clear`). */
  get size(): number {
    return this.loaders.size;
  }
}

/**
 * Drops a request's loaders, and the rows they hold, once its answer is ready to send: nothing runs a resolver after
 * `willSendResponse`. The context itself can outlive the request for a while: V8's young-generation collections keep
 * what objects already moved to the old generation still point to, however dead those are, until the next full
 * collection (measured in issue 12: ~200 KB of each collectivity page survived two young collections after its
 * answer, and was promoted; 55 KB of it were the loaders' rows). Emptied, the registry holds none of it.
 */
@Plugin()
export class LoaderReleasePlugin implements ApolloServerPlugin<{ loaders?: LoaderRegistry }> {
  requestDidStart(): Promise<GraphQLRequestListener<{ loaders?: LoaderRegistry }>> {
    return Promise.resolve({
      willSendResponse: ({ contextValue }) => Promise.resolve(contextValue.loaders?.clear()),
    });
  }
}

/** Orders rows by the keys DataLoader asked for; a missing key yields null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/** Rows grouped by key, each group in the rows' order. */
export function groupBy<K, V>(rows: Iterable<V>, keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Groups rows by the keys DataLoader asked for; a missing key yields an empty list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = groupBy(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}
