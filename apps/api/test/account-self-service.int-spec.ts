import * as argon2 from 'argon2';
import { createCommitted, createUser, grantRole, sessionCookie } from './support/factories';
import { MailCatcher } from './support/mail-catcher';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const ME = `{ me { id email displayName } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

/** "Mon compte": name, e-mail with confirmation, password, my data, deleting my account; each for oneself only. */
describe('account self-service', () => {
  let api: TestApi;
  const mail = new MailCatcher();

  beforeAll(async () => {
    api = await createTestApi({ SMTP_URL: await mail.start(), PUBLIC_URL: 'https://pacte.example.org' });
  });
  afterAll(async () => {
    await api.close();
    await mail.stop();
  });

  const me = async (cookie: string) => (await api.ok(ME, {}, { cookie })).me;
  const signIn = (email: string, password: string) => api.raw(SIGN_IN, { input: { email, password } }, { token: null });

  it('changes the display name, checked by the rulebook', async () => {
    const user = await createUser(api, 'Nom');
    const data = await api.ok(
      `mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { displayName } }`,
      { input: { displayName: '  Camille Martin  ' } },
      user,
    );
    expect(data.updateMyAccount.displayName).toBe('Camille Martin');
    expect((await me(user.cookie)).displayName).toBe('Camille Martin');
    const short = await api.gql(
      `mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { displayName } }`,
      { input: { displayName: 'x' } },
      user,
    );
    expect(errorCode(short)).toBe('VALIDATION_FAILED');
    expect((await me(user.cookie)).displayName).toBe('Camille Martin');
  });

  it('changes the e-mail address only once the link sent to the new address is opened', async () => {
    const user = await createUser(api, 'Adresse');
    const other = await createUser(api, 'Occupe');
    const REQUEST = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
    const newEmail = `nouvelle.${Date.now()}@example.org`;
    // The current password is required; an address another account uses is refused.
    const wrong = await api.gql(REQUEST, { input: { newEmail, currentPassword: 'pas le bon' } }, user);
    expect(errorCode(wrong)).toBe('WRONG_PASSWORD');
    const taken = await api.gql(REQUEST, { input: { newEmail: other.email, currentPassword: user.password } }, user);
    expect(errorCode(taken)).toBe('EMAIL_TAKEN');
    await api.ok(REQUEST, { input: { newEmail, currentPassword: user.password } }, user);

    const message = await mail.waitFor(newEmail);
    expect(message.subject).toContain('Confirmez votre nouvelle adresse');
    expect(mail.messages.some((m) => m.to.includes(user.email))).toBe(false);
    // Nothing changes until the link is opened.
    expect((await me(user.cookie)).email).toBe(user.email);
    const token = /confirmer-adresse\?token=([A-Za-z0-9_-]+)/.exec(message.text)![1];
    expect(message.text).toContain('https://pacte.example.org/confirmer-adresse?token=');

    const CONFIRM = `mutation($token: String!) { confirmEmailChange(token: $token) }`;
    expect((await api.ok(CONFIRM, { token }, { token: null })).confirmEmailChange).toBe(true);
    expect((await me(user.cookie)).email).toBe(newEmail);
    // Once only.
    expect(errorCode(await api.gql(CONFIRM, { token }, { token: null }))).toBe('INVALID_EMAIL_CHANGE_TOKEN');
    // Signing in now takes the new address.
    expect((await signIn(newEmail, user.password)).body.errors).toBeUndefined();
    expect(errorCode((await signIn(user.email, user.password)).body)).toBe('INVALID_CREDENTIALS');
  });

  it('changes the password with the current one (argon2), and closes the other sessions', async () => {
    const user = await createUser(api, 'Secret');
    const elsewhere = sessionCookie((await signIn(user.email, user.password)).setCookie);
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: 'pas le bon', newPassword: 'un nouveau long' } },
      user,
    );
    expect(errorCode(wrong)).toBe('WRONG_PASSWORD');
    const short = await api.gql(CHANGE, { input: { currentPassword: user.password, newPassword: 'court' } }, user);
    expect(errorCode(short)).toBe('VALIDATION_FAILED');
    expect(short.errors![0].extensions!.issues).toEqual([{ path: 'newPassword', code: 'PASSWORD_TOO_SHORT' }]);

    await api.ok(CHANGE, { input: { currentPassword: user.password, newPassword: 'un nouveau mot de passe' } }, user);
    const [row] = await api.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM user_account WHERE id = $1`,
      [user.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(row.password_hash, 'un nouveau mot de passe')).toBe(true);
    // This session stays; the other one is closed.
    expect((await me(user.cookie)).id).toBe(user.id);
    expect((await api.ok(ME, {}, { cookie: elsewhere })).me).toBeNull();
    expect(errorCode((await signIn(user.email, user.password)).body)).toBe('INVALID_CREDENTIALS');
    expect((await signIn(user.email, 'un nouveau mot de passe')).body.errors).toBeUndefined();
  });

  it('gives a signed-in user their own data, the export of the command', async () => {
    const user = await createUser(api, 'Export');
    const { collectivityId } = await createCommitted(api);
    await grantRole(api, user.id, 'CONTRIBUTOR', { collectivityId });
    const data = (await api.ok(`{ myPersonalData }`, {}, user)).myPersonalData;
    expect(data).toMatchObject({
      kind: 'user',
      account: { id: user.id, email: user.email, hasPassword: true },
      roles: [expect.objectContaining({ role: 'CONTRIBUTOR', collectivityId })],
    });
    expect(JSON.stringify(data)).not.toContain('passwordHash');
    expect(errorCode(await api.gql(`{ myPersonalData }`, {}, { token: null }))).toBe('UNAUTHENTICATED');
  });

  it('deletes the account after the e-mail typed again and the password: the erasure of the command', async () => {
    const user = await createUser(api, 'Partant');
    const { collectivityId } = await createCommitted(api);
    await grantRole(api, user.id, 'CONTRIBUTOR', { collectivityId });
    const DELETE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
    const mismatch = await api.gql(
      DELETE,
      { input: { confirmation: 'autre@example.org', password: user.password } },
      user,
    );
    expect(errorCode(mismatch)).toBe('CONFIRMATION_MISMATCH');
    const wrong = await api.gql(DELETE, { input: { confirmation: user.email, password: 'pas le bon' } }, user);
    expect(errorCode(wrong)).toBe('WRONG_PASSWORD');
    expect((await me(user.cookie)).id).toBe(user.id);

    const { body, setCookie } = await api.raw(
      DELETE,
      { input: { confirmation: user.email.toUpperCase(), password: user.password } },
      { cookie: user.cookie },
    );
    expect(body.data).toEqual({ deleteMyAccount: true });
    expect(setCookie).toMatch(/pacte_session=;/);
    for (const table of ['user_account', 'role_grant']) {
      const column = table === 'user_account' ? 'id' : 'user_id';
      expect(await api.dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [user.id])).toEqual([]);
    }
    expect(await api.dataSource.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [user.id])).toEqual([]);
    const [erased] = await api.dataSource.query<{ event: string; before: unknown; after: unknown }[]>(
      `SELECT event, before, after FROM audit_event WHERE entity_id = $1 AND event = 'UserErased'`,
      [user.id],
    );
    expect(erased).toEqual({ event: 'UserErased', before: null, after: null });
    expect((await api.ok(ME, {}, { cookie: user.cookie })).me).toBeNull();
    expect(errorCode((await signIn(user.email, user.password)).body)).toBe('INVALID_CREDENTIALS');
  });
});
