import { graphqlAs as call, spawnApp, type SpawnedApp } from './support/spawn-app';
import { replicaUnavailable, startStreamingReplica, type StreamingReplica } from './support/streaming-replica';

const TOKEN = 'read-replica-operator-token-0123456789';
const PLACE = `{ collectivity(code: "38185", kind: COMMUNE) { id commitment { id deliberationNumber } } }`;
const DELIBERATION = 'REPLICA-1';

/** The anonymous, cacheable GraphQL GET of the same place, revalidated with `etag` when given. */
async function cachedRead(app: SpawnedApp, etag?: string) {
  const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(PLACE)}`, {
    headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
  });
  return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
}

/** A public HTTP read (an export, the history export), anonymously or with the operator's token. */
async function download(app: SpawnedApp, path: string, token?: string): Promise<string> {
  const { status, body } = await fetchAs(app, path, token);
  expect(status).toBe(200);
  return body;
}

/** Any public HTTP read, whatever its status (a badge is a 404 for a collectivity that is not committed). */
async function fetchAs(app: SpawnedApp, path: string, token?: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.text() };
}

const unavailable = replicaUnavailable();
if (unavailable) console.warn(`read replica suite skipped: ${unavailable}`);
const onReplica = unavailable ? describe.skip : describe;

/**
 * DATABASE_READ_URL proven on a real streaming replica: a private primary and its hot standby (pg_basebackup -R), the
 * built app on both. With the standby's replay paused, a write made through the API is on the primary only: whoever
 * reads it is reading the primary, whoever does not is reading the standby.
 */
onReplica(`DATABASE_READ_URL on a local streaming replica${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let replica: StreamingReplica | undefined;
  let app: SpawnedApp | undefined;
  beforeAll(async () => {
    replica = await startStreamingReplica('pacte');
    app = await spawnApp({
      DATABASE_URL: replica.primaryUrl,
      DATABASE_READ_URL: replica.standbyUrl,
      ADMIN_API_TOKEN: TOKEN,
    });
    await replica.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await replica?.stop();
  });

  it('serves anonymous public reads from the standby, and writes, sessions and signed-in reads from the primary', async () => {
    const { collectivity } = (await call(app!, PLACE)).data;
    expect(collectivity.commitment).toBeNull();
    const before = await cachedRead(app!);
    expect(before.status).toBe(200);

    await replica!.onStandby('SELECT pg_wal_replay_pause()');
    const [{ state }] = await replica!.onStandby<{ state: string }>(`SELECT pg_get_wal_replay_pause_state() AS state`);
    expect(['pause requested', 'paused']).toContain(state);

    // The operator's write goes to the primary, and so does the operator's read of it.
    const made = await call(
      app!,
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      {
        input: {
          collectivityId: collectivity.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: DELIBERATION,
          deliberationDate: '2026-06-01',
        },
      },
      { token: TOKEN },
    );
    expect(made.errors).toBeUndefined();
    const commitment = { id: made.data.createCommitment.id, deliberationNumber: DELIBERATION };
    expect((await call(app!, PLACE, {}, { token: TOKEN })).data.collectivity.commitment).toEqual(commitment);
    expect(await download(app!, '/exports/commitments.csv', TOKEN)).toContain(DELIBERATION);

    // Anonymous reads come from the standby, which has not replayed the write: the query (POST and GET, whose tag
    // still matches the standby's data version), the open-data export, the history export.
    expect((await call(app!, PLACE)).data.collectivity.commitment).toBeNull();
    expect((await cachedRead(app!, before.etag!)).status).toBe(304);
    expect(await download(app!, '/exports/commitments.csv')).not.toContain(DELIBERATION);
    const historyPath = `/history/export.jsonl?collectivity=${collectivity.id}`;
    expect(await download(app!, historyPath)).not.toContain(commitment.id);
    expect(await download(app!, historyPath, TOKEN)).toContain(commitment.id);
    // The shared page's head, the embeddable badge and the label's application file too.
    const sharedPage = '/collectivite/commune/38185';
    expect(await download(app!, sharedPage)).toContain('pas engagée');
    expect(await download(app!, sharedPage, TOKEN)).toContain('engagée dans le Pacte');
    expect((await fetchAs(app!, '/badges/38185.svg')).status).toBe(404);
    expect((await fetchAs(app!, '/badges/38185.svg', TOKEN)).status).toBe(200);
    const applicationFile = `/labels/application/${collectivity.id}.md`;
    expect((await fetchAs(app!, applicationFile)).body).not.toContain(`n° ${DELIBERATION}`);
    expect(await download(app!, applicationFile, TOKEN)).toContain(`n° ${DELIBERATION}`);

    // An anonymous mutation (sign-up) writes on the primary, and the session it opens is read there at once.
    const signUp = await call(app!, `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: {
        email: `replica.${process.pid}@example.org`,
        password: 'correct horse battery staple',
        displayName: 'Replica reader',
      },
    });
    expect(signUp.errors).toBeUndefined();
    const cookie = signUp.setCookie!.split(';')[0];
    expect((await call(app!, '{ me { id } }', {}, { cookie })).data.me).toEqual({ id: signUp.data.signUp.id });
    // A signed-in user's public read is on the primary too: they see the write.
    expect((await call(app!, PLACE, {}, { cookie })).data.collectivity.commitment).toEqual(commitment);

    // Once the standby replays, anonymous readers see the write, and the cached read changes.
    await replica!.onStandby('SELECT pg_wal_replay_resume()');
    await replica!.caughtUp();
    expect((await call(app!, PLACE)).data.collectivity.commitment).toEqual(commitment);
    const after = await cachedRead(app!, before.etag!);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).data.collectivity.commitment).toEqual(commitment);
    expect(await download(app!, '/exports/commitments.csv')).toContain(DELIBERATION);
    expect(await download(app!, historyPath)).toContain(commitment.id);
    expect(await download(app!, sharedPage)).toContain('engagée dans le Pacte');
    expect((await fetchAs(app!, '/badges/38185.svg')).status).toBe(200);
    expect(await download(app!, applicationFile)).toContain(`n° ${DELIBERATION}`);

    // A replica that goes down: anonymous reads fall back to the primary (no error), including a write the standby
    // never saw, and the streamed exports too.
    await replica!.stopStandby();
    const other = (await call(app!, `{ collectivity(code: "38151", kind: COMMUNE) { id } }`)).data.collectivity;
    const later = await call(
      app!,
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      {
        input: {
          collectivityId: other.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: 'REPLICA-2',
          deliberationDate: '2026-06-02',
        },
      },
      { token: TOKEN },
    );
    expect(later.errors).toBeUndefined();
    const otherPlace = `{ collectivity(code: "38151", kind: COMMUNE) { commitment { deliberationNumber } } }`;
    expect((await call(app!, otherPlace)).data.collectivity.commitment).toEqual({ deliberationNumber: 'REPLICA-2' });
    expect(await download(app!, '/exports/commitments.csv')).toContain('REPLICA-2');
    expect(await download(app!, `/history/export.jsonl?collectivity=${other.id}`)).toContain(
      later.data.createCommitment.id,
    );
  });
});
