import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import {
  keepRoute,
  onPrimary,
  readFromReplica,
  readRouteScope,
  readsFromReplica,
  RoutedDataSource,
} from './read-route';

/** Runs `work` inside a request's route scope, as the first middleware does. */
function inRequest<T>(work: () => T): T {
  let result!: T;
  readRouteScope({} as never, {} as never, () => {
    result = work();
  });
  return result;
}

/** Where each step of the rows was read: the route seen by the generator at each step. */
async function* routes(): AsyncGenerator<boolean> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield readsFromReplica();
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('read route', () => {
  it('starts every request on the primary, and marks only the request that asks', async () => {
    expect(readsFromReplica()).toBe(false);
    const [marked, unmarked] = await Promise.all([
      inRequest(async () => {
        readFromReplica();
        await new Promise((resolve) => setImmediate(resolve));
        return [readsFromReplica(), onPrimary(() => readsFromReplica())];
      }),
      inRequest(async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return readsFromReplica();
      }),
    ]);
    expect(marked).toEqual([true, false]);
    expect(unmarked).toBe(false);
    // Outside a request (start, commands), a mark has nowhere to go.
    readFromReplica();
    expect(readsFromReplica()).toBe(false);
  });

  it('keeps the route of the request that made the rows when something else pulls them', async () => {
    const [kept, lost] = inRequest(() => {
      readFromReplica();
      return [keepRoute(routes()), routes()];
    });
    // Pulled here, outside the request: as the response's socket pulls an export's rows.
    expect(await collect(kept)).toEqual([true, true, true]);
    expect(await collect(lost)).toEqual([false, false, false]);
  });

  it('reads on the replica only for a marked request, and never inside a transaction', () => {
    const dataSource = new RoutedDataSource(dataSourceOptions('postgres://p@primary/db', 2, 'postgres://p@standby/db'));
    expect(dataSource.options).toMatchObject({
      replication: { master: { url: 'postgres://p@primary/db' }, slaves: [{ url: 'postgres://p@standby/db' }] },
    });
    const asked: string[] = [];
    jest.spyOn(dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
      asked.push(mode);
      return { query: () => Promise.resolve([]), release: () => Promise.resolve() } as never;
    });
    expect(dataSource.defaultReplicationModeForReads()).toBe('master');
    inRequest(() => {
      expect(dataSource.defaultReplicationModeForReads()).toBe('master');
      readFromReplica();
      expect(dataSource.defaultReplicationModeForReads()).toBe('slave');
      void dataSource.query('SELECT 1');
      // A transaction, or any explicit query runner, is on the primary whatever the mark.
      dataSource.createQueryRunner();
    });
    void dataSource.query('SELECT 1');
    expect(asked).toEqual(['slave', 'master', 'master']);
  });

  it('has no replication without a read URL', () => {
    const options = dataSourceOptions('postgres://p@primary/db');
    expect(options).toMatchObject({ url: 'postgres://p@primary/db' });
    expect('replication' in options).toBe(false);
    expect(new DataSource(options).options).not.toHaveProperty('replication');
  });
});
