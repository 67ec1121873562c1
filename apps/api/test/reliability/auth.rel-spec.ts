import { createUser, sessionCookie } from '../support/factories';
import { createTestApi, errorCode, TestApi } from '../support/test-app';
import { ReliabilityReport } from './support/report';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const ME = `{ me { id } }`;
const report = new ReliabilityReport('auth');

/** The app behind one trusted proxy, so that each request may say which client address it comes from. */
const from = (address: string) => ({ token: null, headers: { 'x-forwarded-for': address } });

describe('reliability: sign-in throttling, request throttling, sessions', () => {
  let api: TestApi;
  let second: TestApi;
  /**
   * Accounts are made through a third process with the default limits: the throttle's counters live in the shared
   * database, so sign-ups from 127.0.0.1 by the scenarios run just before would otherwise count against this one's
   * low limit.
   */
  let setup: TestApi;
  beforeAll(async () => {
    setup = await createTestApi();
    api = await createTestApi({ TRUST_PROXY: '1', THROTTLE_PER_MINUTE: '6' });
    // A second process of the same deployment, on the same database.
    second = await createTestApi({ TRUST_PROXY: '1', THROTTLE_PER_MINUTE: '6' });
  });
  afterAll(async () => {
    await api.close();
    await second.close();
    await setup.close();
    report.write();
  });

  const signIn = (email: string, password: string, address: string, cookie?: string) =>
    api.raw(
      SIGN_IN,
      { input: { email, password } },
      cookie ? { cookie, headers: from(address).headers } : from(address),
    );

  it('holds the limit of failed sign-ins under 20 concurrent attempts, from one address and from twenty', async () => {
    for (const spread of [false, true]) {
      const user = await createUser(setup, 'Cible');
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          signIn(user.email, `wrong ${i}`, spread ? `198.51.100.${i + 1}` : '198.51.100.200'),
        ),
      );
      const codes = answers.map((a) => errorCode(a.body));
      const checked = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
      expect(codes.every((c) => c === 'INVALID_CREDENTIALS' || c === 'RATE_LIMITED')).toBe(true);
      // One address: 5, hard. Twenty addresses: 5, then one more per back-off step (1 s, 2 s, 4 s…) the burst lasted.
      const seconds = (Date.now() - started) / 1000;
      const bound = spread ? 5 + Math.floor(Math.log2(seconds + 1)) : 5;
      expect(checked).toBeLessThanOrEqual(bound);
      report.add({
        tried: `20 concurrent wrong passwords on one account from ${spread ? 'twenty addresses' : 'one address'}`,
        held: `${checked} passwords checked (bound ${bound}: 5, plus one per back-off step elapsed), the rest RATE_LIMITED`,
        figures: { passwordsChecked: checked, refused: 20 - checked, seconds },
      });
    }
  });

  it('does not lock the owner out: an attacker is refused at their address, the owner waits a short back-off', async () => {
    const owner = await createUser(setup, 'Proprietaire');
    for (let i = 0; i < 5; i += 1) await signIn(owner.email, `guess ${i}`, '203.0.113.66');
    const attacker = await signIn(owner.email, owner.password, '203.0.113.66');
    expect(errorCode(attacker.body)).toBe('RATE_LIMITED');
    // Right after, the account is in its back-off (1 s after 5 failures): the owner is asked to wait, briefly.
    const early = await signIn(owner.email, owner.password, '192.0.2.10');
    const wait = early.body.errors?.[0]?.extensions?.retryAfterSeconds ?? 0;
    expect(wait).toBeLessThanOrEqual(60);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
    const owned = await signIn(owner.email, owner.password, '192.0.2.10');
    expect(owned.body.errors).toBeUndefined();
    expect(owned.body.data?.signIn.id).toBe(owner.id);
    // The attacker's address stays refused for the window, even with the right password.
    expect(errorCode((await signIn(owner.email, owner.password, '203.0.113.66')).body)).toBe('RATE_LIMITED');
    report.add({
      tried: '5 wrong passwords from an attacker address, then the owner from their own address',
      held: 'the attacker address is refused for 15 minutes; the owner signs in after a back-off of at most 60 s',
      figures: { ownerWaitedSeconds: wait },
    });
  });

  it('throttles the password-reset form per client address, counted across two processes', async () => {
    const address = '198.51.100.77';
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i += 1) {
      const target = i % 2 === 0 ? api : second;
      codes.push(errorCode(await target.gql(RESET, { email: `nobody${i}@example.org` }, from(address))));
    }
    expect(codes.slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(6)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Another address is not concerned.
    expect(errorCode(await api.gql(RESET, { email: 'someone@example.org' }, from('198.51.100.78')))).toBeUndefined();
    report.add({
      tried: '8 password-reset requests from one address, alternating between two API processes (limit 6 a minute)',
      held: 'the 7th and 8th refused with RATE_LIMITED; another address unaffected',
    });
  });

  it('rotates the session on sign-in: the cookie presented is closed, a new one is issued', async () => {
    const user = await createUser(setup, 'Rotation');
    const again = await signIn(user.email, user.password, '192.0.2.50', user.cookie);
    expect(again.body.errors).toBeUndefined();
    const fresh = sessionCookie(again.setCookie);
    expect(fresh).not.toBe(user.cookie);
    expect((await api.ok(ME, {}, { cookie: fresh })).me?.id).toBe(user.id);
    expect((await api.ok(ME, {}, { cookie: user.cookie })).me).toBeNull();
    report.add({
      tried: 'signing in again while presenting an existing session cookie',
      held: 'a new session id is issued and the presented one no longer signs anyone in',
    });
  });
});
