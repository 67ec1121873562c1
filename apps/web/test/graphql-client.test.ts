import { GraphQLRequestError, NetworkError, request } from '../src/lib/graphql';
import { SearchCollectivitiesDocument } from '../src/generated/graphql';

const respond = (body: unknown, status = 200) =>
  jest.fn(async () => ({ ok: status < 400, status, json: async () => body }) as Response);

describe('request', () => {
  it('posts the typed document and its variables to /graphql and returns data', async () => {
    const fetch = respond({ data: { searchCollectivities: { totalCount: 0, hasNextPage: false, nodes: [] } } });
    const data = await request(SearchCollectivitiesDocument, { query: 'echirolles', first: 5 }, { fetch });
    expect(data.searchCollectivities.totalCount).toBe(0);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    const body = JSON.parse(init.body as string);
    expect(body.query).toContain('query SearchCollectivities');
    expect(body.variables).toEqual({ query: 'echirolles', first: 5 });
  });

  it('turns GraphQL errors into GraphQLRequestError with the domain code', async () => {
    const fetch = respond({
      data: null,
      errors: [{ message: 'Collectivity not found', extensions: { code: 'NOT_FOUND' } }],
    });
    const error = await request(SearchCollectivitiesDocument, { query: 'x', first: 1 }, { fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NOT_FOUND');
    expect((error as Error).message).toBe('Collectivity not found');
  });

  it('reports an unreachable API or a non-JSON answer as NetworkError', async () => {
    const down = jest.fn(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(
      request(SearchCollectivitiesDocument, { query: 'x', first: 1 }, { fetch: down }),
    ).rejects.toBeInstanceOf(NetworkError);
    const html = jest.fn(async () => ({ ok: false, status: 502, json: async () => JSON.parse('<html>') }) as Response);
    await expect(
      request(SearchCollectivitiesDocument, { query: 'x', first: 1 }, { fetch: html }),
    ).rejects.toMatchObject({ name: 'NetworkError', status: 502 });
  });

  it('lets an abort through as an AbortError', async () => {
    const aborted = jest.fn(async () => {
      throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    });
    await expect(
      request(SearchCollectivitiesDocument, { query: 'x', first: 1 }, { fetch: aborted }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
