import { abilitiesOn, allowsOn, deskAbilities, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions';

const HERE = 'here';
const ELSEWHERE = 'elsewhere';

describe('abilities per role and place', () => {
  it('gives nothing to a user without a role', () => {
    expect(Object.values(abilitiesOn([], HERE)).some(Boolean)).toBe(false);
    expect([...permissionsOf([])].sort()).toEqual([
      'account.self',
      'commitment.declare',
      'follow.manage',
      'role.request',
    ]);
  });

  it('lets an elected official and an IT manager run their own collectivity, not another', () => {
    for (const role of ['ELECTED_OFFICIAL', 'IT_MANAGER'] as const) {
      const here = abilitiesOn([{ role, collectivityId: HERE }], HERE);
      expect(here).toMatchObject({
        updateProgress: true,
        manageEvidence: true,
        manageInventory: true,
        decideRoles: true,
      });
      expect(here.recordLabel).toBe(role === 'ELECTED_OFFICIAL');
      expect(Object.values(abilitiesOn([{ role, collectivityId: HERE }], ELSEWHERE)).some(Boolean)).toBe(false);
    }
  });

  it('lets a contributor add milestones and evidence, and nothing else', () => {
    expect(abilitiesOn([{ role: 'CONTRIBUTOR', collectivityId: HERE }], HERE)).toEqual({
      updateProgress: false,
      manageMilestones: true,
      manageEvidence: true,
      manageInventory: false,
      recordLabel: false,
      decideRoles: false,
      replyToAssessments: false,
      assess: false,
    });
  });

  it('lets an administrator act everywhere, except answer or record assessments', () => {
    const admin = abilitiesOn([{ role: 'ADMIN', collectivityId: null }], ELSEWHERE);
    expect(admin).toMatchObject({ updateProgress: true, recordLabel: true, manageInventory: true });
    expect(admin.replyToAssessments).toBe(false);
    expect(admin.assess).toBe(false);
  });

  it('lets an auditor assess (the API checks the territory), and change nothing', () => {
    const auditor = abilitiesOn([{ role: 'AUDITOR', collectivityId: null }], HERE);
    expect(auditor.assess).toBe(true);
    expect(allowsOn([{ role: 'AUDITOR', collectivityId: null }], 'progress.update', HERE)).toBe(false);
  });

  it('gives every role only known permissions', () => {
    for (const role of ROLES) expect(ROLE_PERMISSIONS[role].length).toBeGreaterThan(0);
  });
});

describe('the campaign desk', () => {
  it('opens to administrators (everything) and moderators (decisions, imports and signing forms), to nobody else', () => {
    expect(deskAbilities([{ role: 'ADMIN', collectivityId: null }])).toEqual({
      open: true,
      decideReviews: true,
      enterSigningForms: true,
      runImports: true,
    });
    expect(deskAbilities([{ role: 'CAMPAIGN_MODERATOR', collectivityId: null }])).toEqual({
      open: true,
      decideReviews: true,
      enterSigningForms: true,
      runImports: true,
    });
    for (const role of ['ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR', 'AUDITOR'] as const) {
      expect(deskAbilities([{ role, collectivityId: HERE }]).open).toBe(false);
    }
    expect(deskAbilities([]).open).toBe(false);
  });
});
