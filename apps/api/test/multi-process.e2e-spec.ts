import { Client } from 'pg';
import { adminQuery } from './setup/template-database';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { graphqlAs as call, spawnApp, type SpawnedApp } from './support/spawn-app';

const TOKEN = 'multi-process-operator-token-0123456789';
const PUBLIC_QUERY = `/graphql?query=${encodeURIComponent('{ nationalStatistics { commitments } }')}`;

/** An anonymous public GraphQL GET (cacheable), revalidated with `etag` when given. */
async function publicRead(app: SpawnedApp, etag?: string) {
  const response = await fetch(`${app.url}${PUBLIC_QUERY}`, {
    headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
  });
  return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
}

/**
 * Two API processes (the built app, `node apps/api/dist/main.js`, started at the same time) on one database, as
 * behind a load balancer: nothing a request needs lives in one process. A change made through one is read through
 * the other, a session opened on one works on the other (and ends on both), a cached public read is invalidated on
 * both by a write through either.
 */
onServer('several API processes on one database', () => {
  let db: OwnDatabase;
  let a: SpawnedApp;
  let b: SpawnedApp;
  beforeAll(async () => {
    db = await createOwnDatabase('multi');
    const env = { DATABASE_URL: db.url, ADMIN_API_TOKEN: TOKEN, IMPORT_REFERENTIAL_ON_START: 'false' };
    // Started together: the migrations and the start's checks must not trip over each other.
    [a, b] = await Promise.all([spawnApp(env), spawnApp(env)]);
  }, 300_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('a session opened on one process works on the other, and signing out on one ends it on both', async () => {
    const email = `multi.${process.pid}.${Date.now()}@example.org`;
    const signUp = await call(a, `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: { email, password: 'correct horse battery staple', displayName: 'Multi' },
    });
    expect(signUp.errors).toBeUndefined();
    const cookie = signUp.setCookie!.split(';')[0];
    expect((await call(b, '{ me { id } }', {}, { cookie })).data.me).toEqual({ id: signUp.data.signUp.id });
    expect((await call(b, 'mutation { signOut }', {}, { cookie })).errors).toBeUndefined();
    expect((await call(a, '{ me { id } }', {}, { cookie })).data.me).toBeNull();
  });

  it('a change made through one process is read through the other, and the cached public read changes on both', async () => {
    const before = await publicRead(a);
    expect(before.status).toBe(200);
    expect((await publicRead(b)).etag).toBe(before.etag);
    expect((await publicRead(b, before.etag!)).status).toBe(304);

    const place = `{ collectivity(code: "38185", kind: COMMUNE) { id commitment { id } } }`;
    const { collectivity } = (await call(b, place)).data;
    expect(collectivity.commitment).toBeNull();
    const made = await call(
      a,
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      {
        input: {
          collectivityId: collectivity.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: 'MP-1',
          deliberationDate: '2026-06-01',
        },
      },
      { token: TOKEN },
    );
    expect(made.errors).toBeUndefined();
    expect((await call(b, place)).data.collectivity.commitment).toEqual({ id: made.data.createCommitment.id });

    // Both processes answer the old tag with the new figures, and agree on the new tag.
    const onA = await publicRead(a, before.etag!);
    const onB = await publicRead(b, before.etag!);
    expect([onA.status, onB.status]).toEqual([200, 200]);
    expect(onA.etag).not.toBe(before.etag);
    expect(onB.etag).toBe(onA.etag);
    expect(JSON.parse(onB.body).data.nationalStatistics.commitments).toBe(
      JSON.parse(before.body).data.nationalStatistics.commitments + 1,
    );
  });
});

/**
 * A new release on a new database, its processes started at once (a load balancer's pool coming up): each process
 * prepares the database (migrations, the reference election, the software catalogue) under the start lock, so the
 * first does it and the others wait and find it done, instead of racing on the same CREATE TABLE.
 */
onServer('several API processes started together on a new, empty database', () => {
  const name = `${process.env.PACTE_TEST_DATABASE_BASE ?? 'pacte_test'}_fresh_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(process.env.PACTE_TEST_ADMIN_URL!);
  url.pathname = `/${name}`;
  const apps: SpawnedApp[] = [];
  beforeAll(() => adminQuery(`CREATE DATABASE ${name}`));
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('both start and serve, and each migration ran once', async () => {
    const env = { DATABASE_URL: url.toString(), ADMIN_API_TOKEN: TOKEN, IMPORT_REFERENTIAL_ON_START: 'false' };
    apps.push(...(await Promise.all([spawnApp(env), spawnApp(env)])));
    for (const app of apps) expect((await publicRead(app)).status).toBe(200);
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; n: number }>(
        'SELECT name, count(*)::int AS n FROM typeorm_migrations GROUP BY name',
      );
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((row) => row.n !== 1)).toEqual([]);
      const elections = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM election');
      expect(elections.rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  }, 300_000);
});
