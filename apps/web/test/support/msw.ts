import { setupServer } from 'msw/node';

/**
 * The stand-in API of the dashboard's tests (MSW): each test says which operations it expects with `mockGraphQL`
 * (./render.tsx) or `server.use`. A request nobody expected fails the test that sent it (see ./setup.ts): it is never
 * turned into a rendered "server not responding" alert that a test could let pass.
 */
export const server = setupServer();

const unexpected: Promise<string>[] = [];

/** A mocked answer that does not fit the API's schema (a fixture out of date): it fails the test too. */
export function reportBadMock(problem: string) {
  unexpected.push(Promise.resolve(`a mocked answer the API could not give: ${problem}`));
}

/** What the request was: the GraphQL operation's name when it is one. */
async function describeRequest(request: Request): Promise<string> {
  const where = `${request.method} ${new URL(request.url).pathname}`;
  try {
    const body = (await request.clone().json()) as { operationName?: string; query?: string };
    const name = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1];
    return name ? `${where} (GraphQL operation ${name})` : where;
  } catch {
    return where;
  }
}

export function listen() {
  server.listen({
    onUnhandledRequest: (request, print) => {
      unexpected.push(describeRequest(request));
      print.error();
    },
  });
}

/** Throws (failing the current test) if a request was sent that no handler answered. */
export async function failOnUnexpectedRequests() {
  const seen = await Promise.all(unexpected.splice(0));
  if (seen.length > 0) {
    throw new Error(`The test sent requests it did not mock, or mocked them wrongly:\n  ${seen.join('\n  ')}`);
  }
}
