import { ANONYMOUS, type Actor, systemActor } from '../../common/auth/actor';
import type { ActiveGrant } from '../../common/auth/roles';
import { actorReference, actorRoleOf } from './actor-reference';

const grant = (role: ActiveGrant['role'], collectivityId: string | null = null): ActiveGrant => ({
  role,
  collectivityId,
  auditScope: role === 'AUDITOR' ? 'NATIONAL' : null,
  auditScopeCode: null,
});
const user = (...grants: ActiveGrant[]): Actor => ({
  ...ANONYMOUS,
  kind: 'user',
  id: '7d1c2a6e-0000-4000-8000-000000000001',
  label: 'Camille Martin',
  grants,
});

describe('who the history says made a change', () => {
  it('records a signed-in user by id and the role they hold on the collectivity changed, never their name', () => {
    expect(actorReference(user(grant('IT_MANAGER', 'c1')), 'c1')).toEqual({
      actorId: '7d1c2a6e-0000-4000-8000-000000000001',
      actorLabel: 'user:IT_MANAGER',
    });
    // The most responsible role first; a role on another collectivity does not count.
    expect(actorReference(user(grant('CONTRIBUTOR', 'c1'), grant('ELECTED_OFFICIAL', 'c1')), 'c1').actorLabel).toBe(
      'user:ELECTED_OFFICIAL',
    );
    expect(actorReference(user(grant('IT_MANAGER', 'c2')), 'c1').actorLabel).toBe('user');
    expect(actorReference(user(grant('IT_MANAGER', 'c2'), grant('AUDITOR')), 'c1').actorLabel).toBe('user:AUDITOR');
    expect(actorReference(user(grant('ADMIN')), null).actorLabel).toBe('user:ADMIN');
  });

  it('records the operator and jobs by their label, and refuses an e-mail as a user id', () => {
    expect(actorReference({ ...ANONYMOUS, kind: 'operator', id: 'operator', label: 'platform operator' })).toEqual({
      actorId: 'operator',
      actorLabel: 'platform operator',
    });
    expect(actorReference(systemActor('demo')).actorLabel).toBe('demo');
    expect(() => actorReference({ ...user(), id: 'camille@example.org' })).toThrow(/never by an e-mail/);
  });

  it('reads the role back from the label', () => {
    expect(actorRoleOf('user:IT_MANAGER')).toBe('IT_MANAGER');
    expect(actorRoleOf('user')).toBeNull();
    expect(actorRoleOf('platform operator')).toBeNull();
    expect(actorRoleOf('user:SOMETHING')).toBeNull();
  });
});
