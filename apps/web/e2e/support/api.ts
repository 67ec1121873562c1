import type { Page } from 'playwright-core';
import type { RunningSite } from './app';

/** A GraphQL response body. */
export interface GqlResponse<T = Record<string, any>> {
  data: T | null;
  errors?: unknown[];
}

/** Sends a query to the API; with the operator's token (ADMIN_API_TOKEN) when given one. */
export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<GqlResponse<T>>;

/** A GraphQL client of the API at `apiUrl` (`${apiUrl}/graphql`), returning the response bodies as they are. */
export function apiClient(apiUrl: string): Gql {
  return async (query, variables = {}, token) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
}

/** Sends a query as the operator, expects no errors and returns the data. */
export type OperatorGql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The operator's GraphQL client of the API at `apiUrl`, with its token (the app's ADMIN_API_TOKEN). */
export function operatorGql(apiUrl: string, token: string): OperatorGql {
  const gql = apiClient(apiUrl);
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await gql<T>(query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
}

/** The id of the user signed in on `page`, read in the page with their session cookie. */
export function signedInUserId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return ((await response.json()) as { data: { me: { id: string } } }).data.me.id;
  });
}

/**
 * The operator (`token`) grants the user signed in on `page` a role in the commune `inseeCode`, and checks that the
 * role is active. Returns the commune's id.
 */
export async function grantCommuneRole(
  site: Pick<RunningSite, 'apiUrl'>,
  page: Page,
  role: 'IT_MANAGER' | 'CONTRIBUTOR' | 'ELECTED_OFFICIAL',
  inseeCode: string,
  token: string,
): Promise<string> {
  const operator = operatorGql(site.apiUrl, token);
  const userId = await signedInUserId(page);
  const { collectivity } = await operator<{ collectivity: { id: string } }>(
    'query($code: String!) { collectivity(code: $code, kind: COMMUNE) { id } }',
    { code: inseeCode },
  );
  const { grantRole } = await operator<{ grantRole: { status: string } }>(
    'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id status } }',
    { i: { userId, role, collectivityId: collectivity.id } },
  );
  expect(grantRole.status).toBe('ACTIVE');
  return collectivity.id;
}

/** The operator (`token`) makes the user signed in on `page` IT manager of the commune `inseeCode`; returns its id. */
export function makeItManagerOf(
  site: Pick<RunningSite, 'apiUrl'>,
  page: Page,
  inseeCode: string,
  token: string,
): Promise<string> {
  return grantCommuneRole(site, page, 'IT_MANAGER', inseeCode, token);
}
