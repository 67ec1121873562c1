import { SignInLimiter } from '../src/modules/accounts/sign-in-limiter';
import { committedCommune } from './support/committed-commune';
import { createCommitted, createUser, grantRole, sessionCookie } from './support/factories';
import { MailCatcher } from './support/mail-catcher';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const ME = `{ me { id email displayName roles { role status collectivity { name } auditScope auditScopeCode } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;

describe('accounts: sign-up, sign-in, sessions, password reset', () => {
  let api: TestApi;
  const mail = new MailCatcher();
  beforeAll(async () => {
    const smtpUrl = await mail.start();
    api = await createTestApi({ SMTP_URL: smtpUrl, PUBLIC_URL: 'https://pacte.example.org' });
  });
  afterAll(async () => {
    await api.close();
    await mail.stop();
  });

  it('signs up with an httpOnly session cookie and an argon2id hash, and tells who is signed in', async () => {
    const user = await createUser(api, 'Élue');
    const { setCookie } = await api.raw(
      SIGN_IN,
      { input: { email: user.email, password: user.password } },
      { token: null },
    );
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await api.ok(ME, {}, { cookie: user.cookie });
    expect(me.me).toMatchObject({ id: user.id, email: user.email, roles: [] });
    expect((await api.ok(ME, {}, { token: null })).me).toBeNull();
    const [row] = await api.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(user.password);
  });

  it('refuses a second account on the same e-mail, whatever its case, and a short password', async () => {
    const user = await createUser(api);
    const again = await api.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
      { input: { email: user.email.toUpperCase(), password: 'another long password', displayName: 'Bis' } },
      { token: null },
    );
    expect(errorCode(again)).toBe('EMAIL_TAKEN');
    const short = await api.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
      { input: { email: 'short@example.org', password: 'short', displayName: 'Court' } },
      { token: null },
    );
    expect(errorCode(short)).toBe('VALIDATION_FAILED');
  });

  it('says the same thing for an unknown e-mail and a wrong password, and limits failed attempts', async () => {
    const user = await createUser(api);
    const wrong = await api.gql(SIGN_IN, { input: { email: user.email, password: 'wrong password' } }, { token: null });
    const unknown = await api.gql(
      SIGN_IN,
      { input: { email: `x${user.email}`, password: 'whatever' } },
      { token: null },
    );
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    for (let i = 0; i < 4; i += 1) {
      await api.gql(SIGN_IN, { input: { email: user.email, password: `wrong ${i}` } }, { token: null });
    }
    const blocked = await api.gql(SIGN_IN, { input: { email: user.email, password: user.password } }, { token: null });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
  });

  it('forgets sign-in attempts after a day: they count for a quarter of an hour, and carry an e-mail and an address', async () => {
    const user = await createUser(api);
    await api.dataSource.query(
      `INSERT INTO sign_in_attempt (email, address, succeeded, at)
       VALUES ($1, '203.0.113.9', false, now() - interval '25 hours'), ($1, '203.0.113.9', false, now() - interval '2 hours')`,
      [user.email],
    );
    await api.app.get(SignInLimiter).removeExpired();
    const ages: { hours: number }[] = await api.dataSource.query(
      `SELECT round(extract(epoch FROM now() - at) / 3600)::int AS hours FROM sign_in_attempt WHERE email = $1`,
      [user.email],
    );
    expect(ages).toEqual([{ hours: 2 }]);
  });

  it('signs out one session, or every session', async () => {
    const user = await createUser(api);
    const second = await api.raw(SIGN_IN, { input: { email: user.email, password: user.password } }, { token: null });
    const third = await api.raw(SIGN_IN, { input: { email: user.email, password: user.password } }, { token: null });
    const [c2, c3] = [sessionCookie(second.setCookie), sessionCookie(third.setCookie)];
    await api.ok(`mutation { signOut }`, {}, { cookie: user.cookie });
    expect((await api.ok(ME, {}, { cookie: user.cookie })).me).toBeNull();
    expect((await api.ok(ME, {}, { cookie: c2 })).me.id).toBe(user.id);
    const closed = await api.ok(`mutation { signOutEverywhere }`, {}, { cookie: c2 });
    expect(closed.signOutEverywhere).toBe(2);
    expect((await api.ok(ME, {}, { cookie: c3 })).me).toBeNull();
    expect(errorCode(await api.gql(`mutation { signOut }`, {}, { cookie: c3 }))).toBe('UNAUTHENTICATED');
  });

  it('resets a password through a one-time link sent by e-mail, and closes the old sessions', async () => {
    const user = await createUser(api);
    const asked = await api.ok(
      `mutation($e: String!) { requestPasswordReset(email: $e) }`,
      { e: user.email },
      { token: null },
    );
    expect(asked.requestPasswordReset).toBe(true);
    const message = await mail.waitFor(user.email);
    const link = /https:\/\/pacte\.example\.org\/reinitialiser-mot-de-passe\?token=([A-Za-z0-9_-]+)/.exec(message.text);
    expect(link).not.toBeNull();
    const token = link![1];

    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    await api.ok(reset, { input: { token, password: 'a brand new passphrase' } }, { token: null });
    expect((await api.ok(ME, {}, { cookie: user.cookie })).me).toBeNull();
    expect(
      errorCode(await api.gql(SIGN_IN, { input: { email: user.email, password: user.password } }, { token: null })),
    ).toBe('INVALID_CREDENTIALS');
    const signedIn = await api.gql(
      SIGN_IN,
      { input: { email: user.email, password: 'a brand new passphrase' } },
      { token: null },
    );
    expect(signedIn.data?.signIn.id).toBe(user.id);
    expect(
      errorCode(await api.gql(reset, { input: { token, password: 'yet another passphrase' } }, { token: null })),
    ).toBe('INVALID_RESET_TOKEN');
  });

  it('has no one-time sign-in links on a database given by DATABASE_URL, not even with a valid e-mailed token', async () => {
    const user = await createUser(api);
    await api.ok(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: user.email }, { token: null });
    const token = /token=([A-Za-z0-9_-]+)/.exec((await mail.waitFor(user.email)).text)![1];
    const port = (api.app.getHttpServer().address() as { port: number }).port;
    const response = await fetch(`http://127.0.0.1:${port}/auth/demo/${token}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers a reset request for an unknown address the same way, and sends nothing', async () => {
    const before = mail.messages.length;
    const asked = await api.ok(
      `mutation { requestPasswordReset(email: "nobody-here@example.org") }`,
      {},
      { token: null },
    );
    expect(asked.requestPasswordReset).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(mail.messages.length).toBe(before);
  });

  it('sends at most three reset links an hour to one account, and answers every request the same', async () => {
    const user = await createUser(api, 'Inondee');
    for (let i = 0; i < 5; i += 1) {
      const asked = await api.ok(
        `mutation($e: String!) { requestPasswordReset(email: $e) }`,
        { e: user.email },
        {
          token: null,
        },
      );
      expect(asked.requestPasswordReset).toBe(true);
    }
    await mail.waitFor(user.email);
    await new Promise((r) => setTimeout(r, 500));
    expect(mail.messages.filter((m) => m.to.includes(user.email))).toHaveLength(3);
  });
});

describe('roles: requests, decisions, and who may change what', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('lets the DSI of Échirolles update Échirolles’ progress, once approved, but not Grenoble’s', async () => {
    const echirolles = await committedCommune(api, '38151');
    const grenoble = await committedCommune(api, '38185');
    const dsi = await createUser(api, 'DSI');
    const request = await api.ok(
      `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id role status collectivity { name } } }`,
      { input: { role: 'IT_MANAGER', collectivityId: echirolles.id, reason: 'Je suis agent de la collectivité' } },
      { cookie: dsi.cookie },
    );
    expect(request.requestRole).toMatchObject({
      role: 'IT_MANAGER',
      status: 'REQUESTED',
      collectivity: { name: 'Échirolles' },
    });

    // Not yet approved: signed in, but without the permission.
    const early = await api.gql(
      UPDATE,
      { input: { commitmentId: echirolles.commitmentId, actionCode: '1.7', status: 'DONE' } },
      { cookie: dsi.cookie },
    );
    expect(errorCode(early)).toBe('FORBIDDEN');

    await api.ok(`mutation($input: DecideRoleRequestInput!) { decideRoleRequest(input: $input) { status } }`, {
      input: { grantId: request.requestRole.id, approve: true },
    });
    const own = await api.gql(
      UPDATE,
      { input: { commitmentId: echirolles.commitmentId, actionCode: '1.7', status: 'DONE' } },
      { cookie: dsi.cookie },
    );
    expect(own.data?.updateActionProgress.status).toBe('DONE');
    const other = await api.gql(
      UPDATE,
      { input: { commitmentId: grenoble.commitmentId, actionCode: '1.7', status: 'DONE' } },
      { cookie: dsi.cookie },
    );
    expect(errorCode(other)).toBe('NOT_FOUND');

    // The history names the change's author by id, and says nothing of their e-mail.
    const history = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { history(first: 5) { entityType after } } }`,
      { id: echirolles.id },
    );
    expect(JSON.stringify(history)).not.toContain(dsi.email);
    expect(history.collectivity.history.map((h: any) => h.entityType)).toContain('RoleGrant');
  });

  it('lets an IT manager decide requests on their own collectivity only, never their own', async () => {
    const place = await createCommitted(api);
    const elsewhere = await createCommitted(api);
    const manager = await createUser(api, 'Manager');
    await grantRole(api, manager.id, 'IT_MANAGER', { collectivityId: place.collectivityId });
    const agent = await createUser(api, 'Agent');
    const ask = (collectivityId: string, cookie: string, role = 'CONTRIBUTOR') =>
      api.ok(
        `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`,
        { input: { role, collectivityId, reason: 'Je suis agent de la collectivité' } },
        { cookie },
      );
    const here = (await ask(place.collectivityId, agent.cookie)).requestRole.id;
    const there = (await ask(elsewhere.collectivityId, agent.cookie)).requestRole.id;
    const selfRequest = (await ask(place.collectivityId, manager.cookie, 'ELECTED_OFFICIAL')).requestRole.id;

    const pending = await api.ok(`{ pendingRoleRequests { id requesterName } }`, {}, { cookie: manager.cookie });
    expect(pending.pendingRoleRequests.map((g: any) => g.id)).toEqual([here]);
    // The decider sees who asked, by the name they chose, never their e-mail.
    const name = (await api.ok(`{ me { displayName } }`, {}, { cookie: agent.cookie })).me.displayName;
    expect(pending.pendingRoleRequests[0].requesterName).toBe(name);
    expect(JSON.stringify(pending)).not.toContain(agent.email);

    const decide = (grantId: string) =>
      api.gql(
        `mutation($input: DecideRoleRequestInput!) { decideRoleRequest(input: $input) { status } }`,
        { input: { grantId, approve: true } },
        { cookie: manager.cookie },
      );
    expect((await decide(here)).data?.decideRoleRequest.status).toBe('ACTIVE');
    expect(errorCode(await decide(there))).toBe('NOT_FOUND');
    expect(errorCode(await decide(selfRequest))).toBe('NOT_FOUND');
    expect(errorCode(await decide(here))).toBe('ROLE_NOT_PENDING');

    // The contributor adds evidence, but does not set statuses.
    const evidence = await api.gql(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`,
      {
        input: {
          commitmentId: place.commitmentId,
          kind: 'PRESS_ARTICLE',
          date: '2026-10-01',
          title: 'Article',
          actionCodes: ['3.9'],
        },
      },
      { cookie: agent.cookie },
    );
    expect(evidence.errors).toBeUndefined();
    const status = await api.gql(
      UPDATE,
      { input: { commitmentId: place.commitmentId, actionCode: '3.9', status: 'DONE' } },
      { cookie: agent.cookie },
    );
    expect(errorCode(status)).toBe('FORBIDDEN');

    // Revoked, the contributor can no longer add evidence.
    await api.ok(
      `mutation($id: ID!) { revokeRole(grantId: $id) { status } }`,
      { id: here },
      { cookie: manager.cookie },
    );
    const after = await api.gql(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`,
      {
        input: {
          commitmentId: place.commitmentId,
          kind: 'PRESS_ARTICLE',
          date: '2026-10-02',
          title: 'Encore',
          actionCodes: ['3.9'],
        },
      },
      { cookie: agent.cookie },
    );
    expect(errorCode(after)).toBe('FORBIDDEN');
  });

  it('asks for the auditor role with a reason; the admin who decides sees the reason and the e-mail domain only', async () => {
    const auditor = await createUser(api, 'Auditrice');
    const admin = await createUser(api, 'Admin');
    await grantRole(api, admin.id, 'ADMIN');
    const reason = 'Je coordonne le groupe local de l’April en Isère.';
    const asked = await api.ok(
      `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id role status reason auditScope auditScopeCode auditScopeName } }`,
      { input: { role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '38', reason: `  ${reason} ` } },
      { cookie: auditor.cookie },
    );
    expect(asked.requestRole).toMatchObject({
      role: 'AUDITOR',
      status: 'REQUESTED',
      reason,
      auditScope: 'DEPARTEMENT',
      auditScopeCode: '38',
      // The territory by its name in the referential, so that nobody reads « le département 38 ».
      auditScopeName: 'Isère',
    });

    const PENDING = `{ pendingRoleRequests { id role reason requesterName requesterEmailDomain auditScopeCode auditScopeName } }`;
    const pending = await api.ok(PENDING, {}, { cookie: admin.cookie });
    const mine = pending.pendingRoleRequests.find((g: { id: string }) => g.id === asked.requestRole.id);
    expect(mine).toMatchObject({
      role: 'AUDITOR',
      reason,
      requesterEmailDomain: 'example.org',
      auditScopeCode: '38',
      auditScopeName: 'Isère',
    });
    expect(JSON.stringify(pending)).not.toContain(auditor.email);
    // Someone else signed in, with no role, sees no request at all.
    const nobody = await createUser(api, 'Passant');
    expect(errorCode(await api.gql(PENDING, {}, { cookie: nobody.cookie }))).toBe('FORBIDDEN');

    await api.ok(
      `mutation($input: DecideRoleRequestInput!) { decideRoleRequest(input: $input) { status } }`,
      { input: { grantId: asked.requestRole.id, approve: true } },
      { cookie: admin.cookie },
    );
    const me = await api.ok(ME, {}, { cookie: auditor.cookie });
    expect(me.me.roles).toEqual([
      { role: 'AUDITOR', status: 'ACTIVE', collectivity: null, auditScope: 'DEPARTEMENT', auditScopeCode: '38' },
    ]);
  });

  it('refuses a role request without a reason', async () => {
    const user = await createUser(api);
    const result = await api.gql(
      `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`,
      { input: { role: 'AUDITOR', auditScope: 'NATIONAL', reason: '  ' } },
      { cookie: user.cookie },
    );
    expect(result.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'reason', code: 'REQUIRED' }],
    });
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM role_grant WHERE user_id = $1`, [
      user.id,
    ]);
    expect(count).toBe(0);
  });

  it('validates role requests', async () => {
    const user = await createUser(api);
    const ask = (input: object) =>
      api.gql(
        `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`,
        { input: { reason: 'Je suis agent de la collectivité', ...input } },
        { cookie: user.cookie },
      );
    expect(errorCode(await ask({ role: 'ADMIN' }))).toBe('ROLE_NOT_REQUESTABLE');
    expect(errorCode(await ask({ role: 'IT_MANAGER' }))).toBe('COLLECTIVITY_REQUIRED');
    expect(errorCode(await ask({ role: 'AUDITOR' }))).toBe('AUDIT_SCOPE_REQUIRED');
    expect(errorCode(await ask({ role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '999' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await ask({ role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '38' }))).toBeUndefined();
    expect(errorCode(await ask({ role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '38' }))).toBe(
      'ROLE_ALREADY_REQUESTED',
    );
    expect(
      errorCode(
        await api.gql(
          `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`,
          { input: { role: 'CONTRIBUTOR', reason: 'Je suis agent de la collectivité' } },
          { token: null },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
