import { http, HttpResponse } from 'msw';
import { GraphQLRequestError, NetworkError, createGraphQLClient, queryText, toRequestError } from '../src/lib/graphql';
import { SearchCollectivitiesDocument } from '../src/generated/graphql';
import { failOnUnexpectedRequests, server } from './support/msw';
import { mockGraphQL, TEST_ORIGIN } from './support/render';

const search = () =>
  createGraphQLClient({ url: `${TEST_ORIGIN}/graphql` })
    .query(queryText(SearchCollectivitiesDocument), { query: 'echirolles', first: 5 })
    .toPromise();

describe('the GraphQL client', () => {
  it('POSTs the typed document and its variables to /graphql with the session cookie, and returns data', async () => {
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    const calls = mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] },
      }),
    });
    const result = await search();
    server.events.removeAllListeners();
    expect(result.data?.searchCollectivities.totalCount).toBe(0);
    expect(calls).toEqual([{ operationName: 'SearchCollectivities', variables: { query: 'echirolles', first: 5 } }]);
    // Never GET: the API refuses state-changing GETs and queries belong in the body.
    expect(seen.map((r) => [r.method, r.url, r.credentials])).toEqual([
      ['POST', `${TEST_ORIGIN}/graphql`, 'same-origin'],
    ]);
    expect(((await seen[0].json()) as { query: string }).query).toContain('query SearchCollectivities');
  });

  it('turns GraphQL errors into GraphQLRequestError with the domain code', async () => {
    mockGraphQL({
      SearchCollectivities: () => {
        throw { errors: [{ message: 'Collectivity not found', extensions: { code: 'NOT_FOUND' } }] };
      },
    });
    const error = toRequestError((await search()).error!);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('NOT_FOUND');
    expect(error.message).toBe('Collectivity not found');
  });

  it('reports an unreachable API or a non-JSON answer as NetworkError', async () => {
    server.use(http.post(`${TEST_ORIGIN}/graphql`, () => HttpResponse.error()));
    expect(toRequestError((await search()).error!)).toBeInstanceOf(NetworkError);
    server.use(
      http.post(`${TEST_ORIGIN}/graphql`, () => HttpResponse.text('<html>Bad gateway</html>', { status: 502 })),
    );
    expect(toRequestError((await search()).error!)).toMatchObject({ name: 'NetworkError', status: 502 });
  });

  it('fails the test that sent a request nobody mocked, or mocked with an answer the API could not give', async () => {
    // Without a handler the request fails; the failure is the test's, not a "server not responding" alert.
    await search();
    await expect(failOnUnexpectedRequests()).rejects.toThrow(
      /did not mock.*\n.*POST \/graphql \(GraphQL operation SearchCollectivities\)/,
    );
    // An answer missing a field the schema says is always there.
    mockGraphQL({
      SearchCollectivities: () => ({ searchCollectivities: { offset: 0, hasNextPage: false, nodes: [] } }),
    });
    await search();
    await expect(failOnUnexpectedRequests()).rejects.toThrow(
      /could not give: Cannot return null for non-nullable field CollectivityPage.totalCount/,
    );
  });
});
