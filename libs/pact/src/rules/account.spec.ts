import {
  followSchema,
  newPasswordSchema,
  passwordResetSchema,
  roleRequestSchema,
  signInSchema,
  signUpSchema,
} from './account';
import { validate } from './validate';

const issues = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

describe('accounts', () => {
  it('signs up with an e-mail, a password of ten characters or more and a name', () => {
    const up = (input: object) =>
      issues(validate(signUpSchema, { email: 'a@ville.fr', password: 'correct horse', displayName: 'Ada', ...input }));
    expect(up({})).toEqual([]);
    expect(up({ email: 'not-an-email' })).toEqual(['email:INVALID_EMAIL']);
    expect(up({ password: 'short' })).toEqual(['password:PASSWORD_TOO_SHORT']);
    expect(up({ password: '' })).toEqual(['password:REQUIRED', 'password:PASSWORD_TOO_SHORT']);
    expect(up({ displayName: ' ' })).toEqual(['displayName:TOO_SHORT', 'displayName:REQUIRED']);
    expect(up({ displayName: '   ' })).toEqual(['displayName:REQUIRED']);
  });

  it('signs in with any password that is not empty', () => {
    expect(issues(validate(signInSchema, { email: 'a@ville.fr', password: 'short' }))).toEqual([]);
    expect(issues(validate(signInSchema, { email: 'a@ville.fr', password: '' }))).toEqual(['password:REQUIRED']);
  });

  it('resets a password with a token of the shape the API sends, typed twice the same', () => {
    const token = 'A'.repeat(43);
    expect(issues(validate(passwordResetSchema, { token, password: 'correct horse' }))).toEqual([]);
    expect(issues(validate(passwordResetSchema, { token: 'abc', password: 'correct horse' }))).toEqual([
      'token:INVALID_TOKEN',
    ]);
    expect(issues(validate(newPasswordSchema, { password: 'correct horse', confirmation: 'correct hors' }))).toEqual([
      'confirmation:PASSWORD_MISMATCH',
    ]);
  });

  it('asks for a role on a collectivity or a territory, saying why', () => {
    const reason = 'Association April, groupe local de Corse';
    expect(
      issues(validate(roleRequestSchema, { role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '2A', reason })),
    ).toEqual([]);
    expect(issues(validate(roleRequestSchema, { role: 'AUDITOR', auditScopeCode: 'Isère', reason }))).toEqual([
      'auditScopeCode:INVALID_TERRITORY_CODE',
    ]);
    expect(issues(validate(roleRequestSchema, { role: 'KING', reason }))).toEqual(['role:INVALID_VALUE']);
  });

  it('refuses a role request without a reason, or with only blanks, or too long a one', () => {
    const ask = { role: 'AUDITOR', auditScope: 'NATIONAL' };
    expect(issues(validate(roleRequestSchema, ask))).toEqual(['reason:REQUIRED']);
    expect(issues(validate(roleRequestSchema, { ...ask, reason: '   ' }))).toEqual(['reason:REQUIRED']);
    expect(issues(validate(roleRequestSchema, { ...ask, reason: 'x'.repeat(1001) }))).toEqual(['reason:TOO_LONG']);
  });

  it('follows a collectivity, with or without the digest', () => {
    expect(validate(followSchema, { collectivityId: '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10', digest: null }).ok).toBe(
      true,
    );
    expect(issues(validate(followSchema, { collectivityId: 'x' }))).toEqual(['collectivityId:INVALID_ID']);
  });
});
