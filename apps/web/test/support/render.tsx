import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider, type Locale } from '../../src/lib/i18n';

/** Renders with the i18n provider and a memory router at `path`, the element mounted on `route`. */
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
    <I18nProvider locale={locale}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
    options,
  );
}

type Handler = (variables: Record<string, unknown>) => unknown;

/**
 * Replaces fetch with a GraphQL stand-in answering by operation name; returns the list of calls. A handler may
 * throw `{ errors: [...] }` to answer with GraphQL errors.
 */
export function mockGraphQL(handlers: Record<string, Handler>) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetchMock = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    calls.push({ operationName, variables: body.variables });
    const handler = handlers[operationName];
    if (!handler) throw new Error(`no mock for ${operationName}`);
    let payload: unknown;
    try {
      payload = { data: handler(body.variables) };
    } catch (error) {
      if (error && typeof error === 'object' && 'errors' in error) payload = { data: null, errors: error.errors };
      else throw error;
    }
    return { ok: true, status: 200, json: async () => payload } as Response;
  });
  Object.assign(globalThis, { fetch: fetchMock });
  return calls;
}
