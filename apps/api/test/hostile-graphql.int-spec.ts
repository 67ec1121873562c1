import { getIntrospectionQuery } from 'graphql';
import {
  aliasFlood,
  CIRCULAR_FRAGMENTS,
  deepNesting,
  firstCode,
  fragmentExplosion,
  introspectionFlood,
  nestedFragmentExplosion,
  post,
} from './support/hostile';
import { createTestApi, OPERATOR_TOKEN, TestApi } from './support/test-app';

/**
 * Hostile documents and input: each refused before anything runs, with HTTP 400 (413 for a body too large) and a
 * code in `extensions.code`; the reliability scenario hostile-graphql measures the same under load.
 */
describe('hostile GraphQL and input hygiene', () => {
  let api: TestApi;
  let base: string;
  let graphql: string;
  const anonymous = (query: string, variables: object = {}) => post(graphql, { query, variables });
  const operator = (query: string, variables: object = {}) =>
    post(graphql, { query, variables }, { authorization: `Bearer ${OPERATOR_TOKEN}` });

  beforeAll(async () => {
    api = await createTestApi();
    base = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
    graphql = `${base}/graphql`;
  });
  afterAll(() => api.close());

  // Before GraphQL Armor, 40 levels kept the process busy for minutes: this test timed out.
  it('refuses fragments that each spread the previous one twice, whatever the depth', async () => {
    for (const levels of [10, 40, 200]) {
      for (const query of [fragmentExplosion(levels), nestedFragmentExplosion(levels)]) {
        const response = await anonymous(query);
        expect({ levels, status: response.status, code: firstCode(response) }).toEqual({
          levels,
          status: 400,
          code: expect.stringMatching(/^(QUERY_TOO_COMPLEX|QUERY_TOO_DEEP|TOO_MANY_TOKENS)$/),
        });
        // Refused before execution: GraphQL answers no `data` at all.
        expect(response.body).not.toHaveProperty('data');
      }
    }
  });

  it('answers circular fragments with GraphQL validation error, not a crash', async () => {
    for (const query of CIRCULAR_FRAGMENTS) {
      const response = await anonymous(query);
      expect(response.status).toBe(400);
      expect(firstCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors.map((e: any) => e.message).join(' ')).toMatch(
        /Cannot spread fragment "A" within itself/,
      );
    }
  });

  it('refuses alias floods before running them: fifty aliases, and a thousand', async () => {
    const fifty = await anonymous(aliasFlood(50));
    expect([fifty.status, firstCode(fifty)]).toEqual([400, 'TOO_MANY_ALIASES']);
    expect(fifty.body.errors[0].message).toMatch(/Aliases limit of 30 exceeded, found 50/);
    expect(fifty.body).not.toHaveProperty('data');
    const thousand = await anonymous(aliasFlood(1000));
    expect([thousand.status, firstCode(thousand)]).toEqual([400, 'TOO_MANY_TOKENS']);
    // Below the limit, aliases work.
    const few = await anonymous(aliasFlood(3));
    expect(few.status).toBe(200);
    expect(few.body.data.a2.totalCount).toBeGreaterThan(0);
  });

  it('refuses deep nesting with QUERY_TOO_DEEP', async () => {
    const response = await anonymous(deepNesting(12));
    expect([response.status, firstCode(response)]).toEqual([400, 'QUERY_TOO_DEEP']);
    expect(response.body.errors[0].message).toMatch(/depth limit of 10 exceeded/);
    expect((await anonymous(deepNesting(6))).status).toBe(200);
  });

  it('counts introspection: the standard query passes, a nested flood and aliased copies do not', async () => {
    const standard = await anonymous(getIntrospectionQuery());
    expect(standard.status).toBe(200);
    expect(standard.body.data.__schema.queryType.name).toBe('Query');
    // graphql-js's own rule stops introspection nested more than three lists deep.
    for (const levels of [4, 5]) {
      const flood = await anonymous(introspectionFlood(levels));
      expect([flood.status, firstCode(flood)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
      expect(flood.body.errors[0].message).toBe('Maximum introspection depth exceeded');
    }
    // Copies of a shallower one under aliases: their costs add up, past one and a half standard introspections (the
    // limit follows the schema: two copies cost about a third of it here, ten about five thirds).
    const copy = introspectionFlood(2).replace(/^query \{ (.*) \}$/, '$1');
    const copies = await anonymous(`{ ${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `s${i}: ${copy}`).join(' ')} }`);
    expect([copies.status, firstCode(copies)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(copies.body.errors[0].message).toMatch(/^Introspection is too complex/);
    const two = await anonymous(`{ ${[1, 2].map((i) => `s${i}: ${copy}`).join(' ')} }`);
    expect(two.status).toBe(200);
  });

  it('refuses a huge page before running it', async () => {
    const literal = await anonymous(`{ searchCollectivities(query: "saint", first: 1000000000) { nodes { name } } }`);
    expect([literal.status, firstCode(literal)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    const variable = await anonymous(
      `query($first: Int) { searchCollectivities(query: "saint", first: $first) { nodes { name } } }`,
      { first: 1_000_000_000 },
    );
    expect([variable.status, firstCode(variable)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(variable.body).not.toHaveProperty('data');
  });

  it('prices and checks every request of one document with its own variables', async () => {
    // The declared cost of a document is kept when no variable can change it: the page size here can.
    const page = `query($first: Int) { searchCollectivities(query: "saint", first: $first) { nodes { name } } }`;
    const sizes = [5, 1_000_000_000, 5];
    const pages = [];
    for (const first of sizes) pages.push(await anonymous(page, { first }));
    expect(pages.map((r) => [r.status, firstCode(r) ?? 'ok'])).toEqual([
      [200, 'ok'],
      [400, 'QUERY_TOO_COMPLEX'],
      [200, 'ok'],
    ]);
    // This one's cost does not depend on its variables, which are still checked at each request.
    const one = `query($kind: CollectivityKind!) { collectivity(code: "38151", kind: $kind) { name } }`;
    const kinds = ['COMMUNE', 'COMUNE', 'COMMUNE'];
    const ones = [];
    for (const kind of kinds) ones.push(await anonymous(one, { kind }));
    expect(ones.map((r) => [r.status, firstCode(r) ?? 'ok'])).toEqual([
      [200, 'ok'],
      [400, 'BAD_USER_INPUT'],
      [200, 'ok'],
    ]);
    expect(ones[1].body).not.toHaveProperty('data');
  });

  it('refuses batched operations and oversized bodies with a code', async () => {
    const batch = await post(graphql, [{ query: '{ elections { code } }' }, { query: '{ elections { code } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.text).not.toMatch(/elections|MUNICIPALES/);
    const huge = await anonymous(`query($q: String!) { searchCollectivities(query: $q) { totalCount } }`, {
      q: 'x'.repeat(2_000_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(huge.text).not.toMatch(/at \S+ \(/);
  });

  it('refuses NUL and lone surrogates in any string argument or variable, naming it', async () => {
    const literal = await anonymous(`{ searchCollectivities(query: "a\\u0000b") { totalCount } }`);
    expect([literal.status, firstCode(literal)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(literal.body.errors[0].extensions.argument).toBe('query');

    const search = await anonymous(`query($q: String!) { searchCollectivities(query: $q) { totalCount } }`, {
      q: 'sa\u0000int',
    });
    expect([search.status, firstCode(search)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(search.body.errors[0].message).toMatch(/\$q \(argument searchCollectivities\.query\) contains a NUL/);
    expect(search.body).not.toHaveProperty('data');

    const code = await anonymous(`query($c: String) { collectivity(code: $c, kind: COMMUNE) { name } }`, {
      c: '38\uD800151',
    });
    expect([code.status, firstCode(code)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(code.body.errors[0].message).toMatch(/unpaired UTF-16 surrogate/);

    const signIn = await anonymous(`mutation($input: SignInInput!) { signIn(input: $input) { email } }`, {
      input: { email: 'a\u0000@example.org', password: 'whatever-password' },
    });
    expect(signIn.status).toBe(400);
    expect(signIn.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.email' });

    const name = await operator(
      `mutation { createCollectivity(input: { kind: SYNDICAT, name: "Syndicat \\u0000", siren: "200000001" }) { id } }`,
    );
    expect([name.status, firstCode(name)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(name.body.errors[0].extensions.argument).toBe('input.name');
    // GraphQL's parser refuses a lone surrogate written in the document itself.
    const written = await anonymous(`{ searchCollectivities(query: "\\uDC00") { totalCount } }`);
    expect([written.status, firstCode(written)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const title = await operator(
      `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
      {
        input: { kind: 'SYNDICAT', name: 'Syndicat \uDC00', siren: '200000001' },
      },
    );
    expect(title.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.name' });

    // Longer than any field may be, under the body limit: refused before anything runs.
    const long = await anonymous(`query($q: String!) { searchCollectivities(query: $q) { totalCount } }`, {
      q: 'x'.repeat(50_000),
    });
    expect([long.status, firstCode(long)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(long.body.errors[0].message).toMatch(/more than 10000 characters/);
    expect(long.body).not.toHaveProperty('data');

    // A well-formed pair (an emoji) is an ordinary character.
    const emoji = await anonymous(`query($q: String!) { searchCollectivities(query: $q) { totalCount } }`, {
      q: 'saint 🙂',
    });
    expect(emoji.status).toBe(200);
  });

  it('answers REST routes given NUL or broken escapes with 400 or 404, never 500', async () => {
    const paths = [
      '/evidence/%00/file',
      '/evidence/%ED%A0%80/file',
      '/feeds/collectivity/%00.atom',
      '/labels/application/%00.md',
      '/labels/application/%ED%A0%80.odt',
      '/labels/application/not-a-uuid.md',
      '/history/export.jsonl?collectivity=%00',
    ];
    for (const path of paths) {
      const response = await fetch(`${base}${path}`);
      const text = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: expect.any(Number) });
      expect({ path, clientError: [400, 404].includes(response.status) }).toEqual({ path, clientError: true });
      expect(text).not.toMatch(/at \S+ \(/);
    }
  });
});

describe('with introspection off', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ GRAPHQL_INTROSPECTION: 'false' });
  });
  afterAll(() => api.close());

  it('suggests no field, argument, type or enum value in its errors', async () => {
    /** Each mistake, and the name a suggestion would reveal. */
    const mistakes: [string, RegExp][] = [
      [`{ searchCollectivitie(query: "x") { totalCount } }`, /searchCollectivities/],
      [`{ searchCollectivities(query: "x", frst: 2) { totalCount } }`, /"first"/],
      [`{ searchCollectivities(query: "x") { totalCont } }`, /totalCount/],
      [`{ collectivity(code: "38151", kind: COMUNE) { name } }`, /COMMUNE/],
      [`query($k: CollectivityKnd) { collectivity(code: "38151", kind: $k) { name } }`, /CollectivityKind/],
      [`mutation { signIn(input: { emai: "a@b.c", password: "x" }) { email } }`, /"email"/],
    ];
    for (const [query, revealed] of mistakes) {
      const result = await api.gql(query, {}, { token: null });
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) {
        expect({ query, message: error.message }).toEqual({
          query,
          message: expect.not.stringMatching(/Did you mean/),
        });
        expect({ query, message: error.message }).toEqual({ query, message: expect.not.stringMatching(revealed) });
      }
    }
    const variable = await api.gql(
      `query($k: CollectivityKind) { collectivity(code: "38151", kind: $k) { name } }`,
      { k: 'COMUNE' },
      { token: null },
    );
    expect(variable.errors?.[0].message).not.toMatch(/Did you mean|COMMUNE/);
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
