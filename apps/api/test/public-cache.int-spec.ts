import { createCommitted, createUser } from './support/factories';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { createTestApi, OPERATOR_TOKEN, TestApi } from './support/test-app';

const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
const CATALOGUE_QUERY = `/graphql?query=${encodeURIComponent('{ pactCatalogue { edition actions { code } } }')}`;
/** Apollo's CSRF prevention lets a GET query through with this header (or a non-simple content type). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

// A database of its own: the tags must not change under a write another suite makes at the same time.
onServer('caching: ETag and Cache-Control on exports and anonymous GraphQL GET, from the database data version', () => {
  let api: TestApi;
  /** A second API process on the same database, as in a deployment with several. */
  let other: TestApi;
  let db: OwnDatabase;
  beforeAll(async () => {
    db = await createOwnDatabase('cache');
    api = await createTestApi({}, { databaseUrl: db.url });
    other = await createTestApi({}, { databaseUrl: db.url });
  });
  afterAll(async () => {
    await api?.close();
    await other?.close();
    await db?.drop();
  });

  async function get(on: TestApi, pathname: string, headers: Record<string, string> = {}) {
    const { port } = on.app.getHttpServer().address();
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { headers });
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
      body: await response.text(),
    };
  }

  it('an export: the same ETag from every process until a write, then another; If-None-Match → 304', async () => {
    const url = '/exports/committed-collectivities.csv?departement=38';
    const first = await get(api, url);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"dv\d+-[\w-]+"$/);
    expect(first.cacheControl).toBe('public, max-age=60');
    expect((await get(api, url)).etag).toBe(first.etag);
    expect((await get(other, url)).etag).toBe(first.etag);
    // Another address (other filters, another format) is another representation.
    expect((await get(api, '/exports/committed-collectivities.json?departement=38')).etag).not.toBe(first.etag);

    const notModified = await get(other, url, { 'if-none-match': first.etag! });
    expect(notModified).toMatchObject({ status: 304, body: '', etag: first.etag });

    // A write through one process changes the tag the other gives: the version is in the database.
    const { collectivityId } = await createCommitted(api);
    const after = await get(other, url, { 'if-none-match': first.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    const { collectivity } = await api.ok(`query($id: ID!) { collectivity(id: $id) { name } }`, { id: collectivityId });
    expect(after.body).toContain(collectivity.name);
    expect(first.body).not.toContain(collectivity.name);
  });

  it('any writer counts, SQL included; a refused write, a rollback or a read do not', async () => {
    const url = '/exports/software.csv';
    const start = (await get(api, url)).etag;
    // A mutation refused by validation writes nothing.
    const refused = await api.gql(UPDATE, { input: { commitmentId: 'not-a-uuid', actionCode: '1.1', status: 'DONE' } });
    expect(refused.errors?.length).toBeGreaterThan(0);
    await api.dataSource
      .transaction(async (manager) => {
        await manager.query(`UPDATE collectivity SET name = name WHERE kind = 'COMMUNE' AND code = '38185'`);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await api.ok(`{ searchCollectivities(query: "grenoble") { totalCount } }`);
    expect((await get(api, url)).etag).toBe(start);

    // A tool writing plain SQL, outside the services (an import, a seed): the next answer is new.
    await api.dataSource.query(`UPDATE collectivity SET name = name WHERE kind = 'COMMUNE' AND code = '38185'`);
    const changed = await get(other, url, { 'if-none-match': start! });
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(start);
  });

  it('the dump: an ETag, and 304 when nothing changed', async () => {
    const { port } = api.app.getHttpServer().address();
    const response = await fetch(`http://127.0.0.1:${port}/exports/dump.zip`);
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    await response.body?.cancel();
    expect(etag).toMatch(/^W\/"dv/);
    expect((await get(other, '/exports/dump.zip', { 'if-none-match': etag! })).status).toBe(304);
  });

  it('anonymous GraphQL GET is public with an ETag, 304 until a write; signed-in or failed answers are private', async () => {
    const first = await get(api, CATALOGUE_QUERY, PREFLIGHT);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).data.pactCatalogue.edition).toBe('2026');
    expect(first.cacheControl).toBe('public, max-age=60');
    expect(first.etag).toMatch(/^W\/"dv/);
    expect((await get(other, CATALOGUE_QUERY, PREFLIGHT)).etag).toBe(first.etag);
    expect(await get(other, CATALOGUE_QUERY, { ...PREFLIGHT, 'if-none-match': first.etag! })).toMatchObject({
      status: 304,
      body: '',
    });
    // Without the preflight header Apollo's CSRF prevention refuses the GET.
    expect((await get(api, CATALOGUE_QUERY)).status).toBe(400);

    const { commitmentId } = await createCommitted(api);
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.1', status: 'DONE' } });
    const after = await get(api, CATALOGUE_QUERY, { ...PREFLIGHT, 'if-none-match': first.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);

    // Signed in (operator token, session cookie): private, never stored, no data-version tag (Express may add its own
    // tag of the body), even with a matching If-None-Match.
    const signedInHeaders: Record<string, string>[] = [
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
      { cookie: (await createUser(api, 'Lectrice')).cookie },
    ];
    for (const credentials of signedInHeaders) {
      const signedIn = await get(api, CATALOGUE_QUERY, { ...PREFLIGHT, ...credentials, 'if-none-match': after.etag! });
      expect(signedIn.status).toBe(200);
      expect(signedIn.cacheControl).toBe('private, no-store');
      expect(signedIn.etag ?? '').not.toMatch(/^W\/"dv/);
    }
    // An answer with errors is not kept.
    const failed = await get(
      api,
      `/graphql?query=${encodeURIComponent('{ election(code: "NOPE") { name } }')}`,
      PREFLIGHT,
    );
    expect(failed.cacheControl).toBe('private, no-store');
    expect(failed.etag ?? '').not.toMatch(/^W\/"dv/);
  });
  it('a POST answer is never stored (no-store), as when Apollo’s cache-control plugin set it', async () => {
    const { port } = api.app.getHttpServer().address();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ pactCatalogue { edition } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag') ?? '').not.toMatch(/^W\/"dv/);
  });
});
