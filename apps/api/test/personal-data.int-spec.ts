import * as path from 'node:path';
import { verifyChain } from '../src/modules/history/chain';
import { ERASED, PrivacyService } from '../src/modules/privacy/privacy.service';
import { createCommune, createSyndicat, createUser, grantRole } from './support/factories';
import { runNode } from './support/run-node';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const CLI = path.resolve(__dirname, '../dist/cli/personal-data.js');

describe('personal data: export and erasure on request', () => {
  let api: TestApi;
  let baseUrl: string;
  let privacy: PrivacyService;
  beforeAll(async () => {
    api = await createTestApi();
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
    privacy = new PrivacyService(api.dataSource);
  });
  afterAll(() => api.close());

  /** The whole public history export, and whether its chain verifies. */
  async function publicHistory(): Promise<{ text: string; ok: boolean }> {
    const text = await (await fetch(`${baseUrl}/history/export.jsonl`)).text();
    const result = await verifyChain(text.split('\n').filter((l) => l !== ''));
    return { text, ok: result.ok };
  }

  it('exports a signatory’s form, then erases the person and keeps the signature and a verifiable history', async () => {
    const place = await createCommune(api);
    const list = await api.ok(`mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`, {
      i: { collectivityId: place.id, name: 'Liste RGPD' },
    });
    const signed = await api.ok(`mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`, {
      i: {
        candidateListId: list.createCandidateList.id,
        scope: 'PERSONAL',
        commune: 'Voiron',
        firstName: 'Dominique',
        lastName: 'Effaçable',
        phone: '+33 6 99 88 77 66',
        email: 'dominique.effacable@example.org',
        signedPlace: 'Voiron',
        signedOn: '2026-02-03',
      },
    });
    const id = signed.addSignatory.id;

    const exported = await privacy.export({ signatory: id });
    expect(exported.signatory).toMatchObject({
      lastName: 'Effaçable',
      phone: '+33 6 99 88 77 66',
      email: 'dominique.effacable@example.org',
    });

    await privacy.erase({ signatory: id });
    const after = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { candidateLists { signatories { firstName lastName commune signedOn signedPlace } } } }`,
      { id: place.id },
    );
    expect(after.collectivity.candidateLists[0].signatories).toEqual([
      { firstName: ERASED, lastName: ERASED, commune: 'Voiron', signedOn: '2026-02-03', signedPlace: null },
    ]);
    const [row] = await api.dataSource.query(`SELECT phone, email FROM signatory WHERE id = $1`, [id]);
    expect(row).toEqual({ phone: null, email: null });

    const history = await publicHistory();
    expect(history.ok).toBe(true);
    for (const trace of ['Effaçable', 'Dominique', '99 88 77 66', 'dominique.effacable'])
      expect(history.text).not.toContain(trace);
    expect(history.text).toContain(`"entity_id":"${id}"`);
  });

  it('exports a user’s account and roles, then erases the account: no sign-in, no session, nothing in the history', async () => {
    const place = await createSyndicat(api);
    const user = await createUser(api, 'Effacée');
    await grantRole(api, user.id, 'IT_MANAGER', { collectivityId: place.id });

    const exported = await privacy.export({ user: user.email });
    expect(exported.account).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
    expect(exported.roles).toEqual([expect.objectContaining({ role: 'IT_MANAGER', collectivityId: place.id })]);

    await privacy.erase({ user: user.email });
    expect((await api.ok(`{ me { id } }`, {}, { cookie: user.cookie })).me).toBeNull();
    const signIn = await api.gql(
      `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
      { i: { email: user.email, password: user.password } },
      { token: null },
    );
    expect(errorCode(signIn)).toBe('INVALID_CREDENTIALS');
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM role_grant WHERE user_id = $1`, [
      user.id,
    ]);
    expect(count).toBe(0);

    const history = await publicHistory();
    expect(history.ok).toBe(true);
    expect(history.text).not.toContain(user.email);
    const erasure = history.text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l))
      .find((e) => e.entity_id === user.id && e.action === 'ERASE');
    expect(erasure).toMatchObject({
      entity_type: 'User',
      actor_id: 'system:personal data erasure',
      before: null,
      after: null,
    });
  });

  it('exports and erases what the feeds module holds about a user: the follows and the digests sent', async () => {
    const place = await createSyndicat(api);
    const user = await createUser(api, 'Abonnée');
    await api.ok(
      `mutation($i: FollowCollectivityInput!) { followCollectivity(input: $i) { digest } }`,
      { i: { collectivityId: place.id, digest: true } },
      { cookie: user.cookie },
    );
    await api.dataSource.query(
      `INSERT INTO digest_delivery (user_id, period_start, period_end) VALUES ($1, '2026-05-01T00:00:00Z', '2026-05-08T00:00:00Z')`,
      [user.id],
    );

    const exported = await privacy.export({ user: user.id });
    expect(exported.follows).toEqual([expect.objectContaining({ collectivityId: place.id, digest: true })]);
    expect(exported.digestsSent).toEqual([
      expect.objectContaining({ periodStart: new Date('2026-05-01'), periodEnd: new Date('2026-05-08') }),
    ]);

    await privacy.erase({ user: user.id });
    const [left] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM follow WHERE user_id = $1)::int AS follows,
              (SELECT count(*) FROM digest_delivery WHERE user_id = $1)::int AS digests,
              (SELECT count(*) FROM user_account WHERE id = $1)::int AS accounts`,
      [user.id],
    );
    expect(left).toEqual({ follows: 0, digests: 0, accounts: 0 });
  });

  it('answers on the command line, and asks for confirmation before erasing', async () => {
    const user = await createUser(api, 'Ligne');
    const env = { ...process.env, DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!, LOG_LEVEL: 'warn' };
    const exported = await runNode([CLI, 'export', '--user', user.email], env);
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout).account.email).toBe(user.email);
    const unconfirmed = await runNode([CLI, 'erase', '--user', user.email], env);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toMatch(/--yes/);
    const erased = await runNode([CLI, 'erase', '--user', user.email, '--yes'], env);
    expect(erased.status).toBe(0);
    const missing = await runNode([CLI, 'export', '--user', user.email], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
    // Four runs of the command, each starting the app's context: minutes on a loaded machine.
  }, 300_000);
});
