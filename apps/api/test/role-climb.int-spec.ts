import { createCommitted, createUser, grantRole } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const REQUEST = `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideRoleRequestInput!) { decideRoleRequest(input: $input) { status } }`;
const REVOKE = `mutation($id: ID!) { revokeRole(grantId: $id) { status } }`;

/** Deciding a role never grants more than the decider holds; nobody revokes a role above their own. */
describe('roles do not climb', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const statusOf = async (grantId: string): Promise<string> =>
    (await api.dataSource.query(`SELECT status FROM role_grant WHERE id = $1`, [grantId]))[0].status;

  async function place() {
    const { collectivityId } = await createCommitted(api);
    const manager = await createUser(api, 'DSI');
    await grantRole(api, manager.id, 'IT_MANAGER', { collectivityId });
    const elected = await createUser(api, 'Elue');
    const electedGrant = await grantRole(api, elected.id, 'ELECTED_OFFICIAL', { collectivityId });
    return { collectivityId, manager, elected, electedGrant };
  }

  it('an IT manager can neither approve nor see a request for the elected-official role', async () => {
    const { collectivityId, manager, elected } = await place();
    const climber = await createUser(api, 'Grimpeur');
    const asked = (
      await api.ok(
        REQUEST,
        { input: { role: 'ELECTED_OFFICIAL', collectivityId, reason: 'Je suis agent de la collectivité' } },
        { cookie: climber.cookie },
      )
    ).requestRole.id;

    const pending = await api.ok(`{ pendingRoleRequests { id } }`, {}, { cookie: manager.cookie });
    expect(pending.pendingRoleRequests.map((g: { id: string }) => g.id)).not.toContain(asked);
    const approved = await api.gql(DECIDE, { input: { grantId: asked, approve: true } }, { cookie: manager.cookie });
    expect(errorCode(approved)).toBe('NOT_FOUND');
    expect(await statusOf(asked)).toBe('REQUESTED');
    const refused = await api.gql(DECIDE, { input: { grantId: asked, approve: false } }, { cookie: manager.cookie });
    expect(errorCode(refused)).toBe('NOT_FOUND');

    // The elected official decides it.
    const byElected = await api.gql(DECIDE, { input: { grantId: asked, approve: true } }, { cookie: elected.cookie });
    expect(byElected.data?.decideRoleRequest.status).toBe('ACTIVE');
  });

  it('an IT manager cannot revoke the elected official, and still decides roles up to their own', async () => {
    const { collectivityId, manager, elected, electedGrant } = await place();
    const revoked = await api.gql(REVOKE, { id: electedGrant }, { cookie: manager.cookie });
    expect(errorCode(revoked)).toBe('NOT_FOUND');
    expect(await statusOf(electedGrant)).toBe('ACTIVE');

    const peer = await createUser(api, 'Collegue');
    const contributor = await createUser(api, 'Contributrice');
    const peerAsk = (
      await api.ok(
        REQUEST,
        { input: { role: 'IT_MANAGER', collectivityId, reason: 'Je suis agent de la collectivité' } },
        { cookie: peer.cookie },
      )
    ).requestRole.id;
    const contribAsk = (
      await api.ok(
        REQUEST,
        { input: { role: 'CONTRIBUTOR', collectivityId, reason: 'Je suis agent de la collectivité' } },
        { cookie: contributor.cookie },
      )
    ).requestRole.id;
    for (const grantId of [peerAsk, contribAsk]) {
      const decided = await api.gql(DECIDE, { input: { grantId, approve: true } }, { cookie: manager.cookie });
      expect(decided.data?.decideRoleRequest.status).toBe('ACTIVE');
    }
    expect((await api.gql(REVOKE, { id: contribAsk }, { cookie: manager.cookie })).data?.revokeRole.status).toBe(
      'REVOKED',
    );
    // The elected official, above both, revokes the IT manager they outrank.
    expect((await api.gql(REVOKE, { id: peerAsk }, { cookie: elected.cookie })).data?.revokeRole.status).toBe(
      'REVOKED',
    );
  });
});
