import { render, type RenderOptions } from '@testing-library/react';
import { buildSchema, execute, parse, type ExecutionResult } from 'graphql';
import { graphql } from 'msw';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { createGraphQLClient } from '../../src/lib/graphql';
import { I18nProvider, type Locale } from '../../src/lib/i18n';
import { reportBadMock, server } from './msw';

/** The address jsdom's pages live at: the client asks the API there, as the browser asks its own origin. */
export const TEST_ORIGIN = 'http://localhost';

/** A fresh GraphQL client (and cache) for one test, so that no test sees another's answers. */
export function GraphQLTestProvider({ children }: { children: ReactNode }) {
  return <Provider value={createGraphQLClient({ url: `${TEST_ORIGIN}/graphql` })}>{children}</Provider>;
}

/** Renders with a fresh GraphQL client, the i18n provider and a memory router at `path`, the element on `route`. */
export function renderWithProviders(
  element: ReactElement,
  {
    path = '/',
    route = '*',
    locale,
    ...options
  }: { path?: string; route?: string; locale?: Locale } & RenderOptions = {},
) {
  return render(
    <GraphQLTestProvider>
      <I18nProvider locale={locale}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={element} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </GraphQLTestProvider>,
    options,
  );
}

type Handler = (variables: Record<string, unknown>) => unknown;

/** The API's schema: mocked answers are executed against it, as the API would shape them. */
const schema = buildSchema(readFileSync(join(__dirname, '../../../api/schema.graphql'), 'utf8'));

/**
 * The answer the API would give to this operation if its resolvers returned `data`: graphql-js executes the
 * operation on the API's schema over that data, so that the answer has exactly the fields asked for, each record its
 * `__typename` (the cache keys by it), and a fixture that does not match the schema answers with an error.
 */
function answer(query: string, variables: Record<string, unknown>, data: unknown): ExecutionResult {
  const result = execute({
    schema,
    document: parse(query),
    rootValue: data,
    variableValues: variables,
  }) as ExecutionResult;
  for (const error of result.errors ?? []) reportBadMock(`${error.message} (at ${error.path?.join('.') ?? '?'})`);
  return result;
}

/** A GraphQL error answer: `throw apiErrors('NOT_FOUND')` in a handler. */
export function apiErrors(code: string, message = code) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Answers these GraphQL operations (by name) through MSW, and returns the list of calls. A handler returns the data,
 * or throws `{ errors: [...] }` to answer with GraphQL errors. Any other operation fails the test.
 */
export function mockGraphQL(handlers: Record<string, Handler>) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  server.use(
    ...Object.entries(handlers).flatMap(([name, handler]) => {
      const resolve = ({ query, variables }: { query: string; variables: Record<string, unknown> }) => {
        calls.push({ operationName: name, variables });
        try {
          return Response.json(answer(query, variables, handler(variables)));
        } catch (error) {
          if (error && typeof error === 'object' && 'errors' in error) {
            return Response.json({ data: null, errors: (error as { errors: unknown[] }).errors });
          }
          throw error;
        }
      };
      return [graphql.query(name, resolve), graphql.mutation(name, resolve)];
    }),
  );
  return calls;
}
