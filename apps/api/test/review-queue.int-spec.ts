import { systemActor } from '../src/common/auth/actor';
import { ReviewQueueService } from '../src/modules/review/review.service';
import { createUser, grantRole } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const ITEMS = `query($status: ReviewStatus, $kind: ReviewKind) {
  reviewItems(status: $status, kind: $kind, first: 100) { totalCount nodes { id kind status payloadJson reason collectivity { code departementCode } } }
}`;
const DECIDE = `mutation($i: DecideReviewItemInput!) { decideReviewItem(input: $i) { id status reason decidedAt } }`;
const HISTORY = `query($id: ID!) { collectivity(id: $id) { history(first: 20) { entityType entityId action before after } } }`;

type User = Awaited<ReturnType<typeof createUser>>;

describe('campaign moderators and the review queue', () => {
  let api: TestApi;
  let isere: User;
  let bretagne: User;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    isere = await createUser(api, 'Modératrice Isère');
    await grantRole(api, isere.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
    bretagne = await createUser(api, 'Modérateur Bretagne');
    await grantRole(api, bretagne.id, 'CAMPAIGN_MODERATOR', { auditScope: 'REGION', auditScopeCode: '53' });
    for (const code of ['38382', '38545', '35360']) {
      ids[code] = (await api.ok(`{ collectivity(code: "${code}", kind: COMMUNE) { id } }`)).collectivity.id;
    }
  });
  afterAll(() => api.close());

  const declare = (collectivityId: string, number: string) =>
    api.app.get(ReviewQueueService).submit(systemActor('test'), {
      kind: 'DECLARED_COMMITMENT',
      collectivityId,
      payload: { source: 'COUNCIL_DELIBERATION', deliberationNumber: number, deliberationDate: '2026-06-01' },
    });

  it('shows each moderator the queue of their territory only, and lets them decide there only', async () => {
    const inIsere = await declare(ids['38382'], 'D-2026-14');
    const inBretagne = await declare(ids['35360'], 'D-2026-15');

    const seenByIsere = (await api.ok(ITEMS, { kind: 'DECLARED_COMMITMENT' }, { cookie: isere.cookie })).reviewItems;
    const isereIds = seenByIsere.nodes.map((n: any) => n.id);
    expect(isereIds).toContain(inIsere.id);
    expect(isereIds).not.toContain(inBretagne.id);
    // Other suites queue items too (the database is shared): every item shown is in Isère, whatever its kind.
    expect(seenByIsere.nodes.every((n: any) => n.collectivity.departementCode === '38')).toBe(true);
    const seenByBretagne = (await api.ok(ITEMS, { kind: 'DECLARED_COMMITMENT' }, { cookie: bretagne.cookie }))
      .reviewItems;
    expect(seenByBretagne.nodes.map((n: any) => n.id)).toContain(inBretagne.id);
    expect(seenByBretagne.nodes.map((n: any) => n.id)).not.toContain(inIsere.id);
    const payload = JSON.parse(seenByIsere.nodes.find((n: any) => n.id === inIsere.id).payloadJson);
    expect(payload).toMatchObject({ source: 'COUNCIL_DELIBERATION', deliberationNumber: 'D-2026-14' });

    // Outside the territory, the item does not exist for the caller.
    const outside = await api.gql(
      DECIDE,
      { i: { itemId: inBretagne.id, accept: false, reason: 'Hors sujet' } },
      { cookie: isere.cookie },
    );
    expect(errorCode(outside)).toBe('NOT_FOUND');

    // A refusal needs a reason; then it is recorded once, with its reason.
    const noReason = await api.gql(DECIDE, { i: { itemId: inIsere.id, accept: false } }, { cookie: isere.cookie });
    expect(errorCode(noReason)).toBe('REASON_REQUIRED');
    const refused = await api.ok(
      DECIDE,
      { i: { itemId: inIsere.id, accept: false, reason: 'Aucune délibération de ce numéro au registre' } },
      { cookie: isere.cookie },
    );
    expect(refused.decideReviewItem).toMatchObject({
      status: 'REFUSED',
      reason: 'Aucune délibération de ce numéro au registre',
    });
    expect(refused.decideReviewItem.decidedAt).toBeTruthy();
    const again = await api.gql(
      DECIDE,
      { i: { itemId: inIsere.id, accept: false, reason: 'Encore' } },
      {
        cookie: isere.cookie,
      },
    );
    expect(errorCode(again)).toBe('REVIEW_ITEM_NOT_PENDING');

    const pending = (await api.ok(ITEMS, { kind: 'DECLARED_COMMITMENT' }, { cookie: isere.cookie })).reviewItems;
    expect(pending.nodes.map((n: any) => n.id)).not.toContain(inIsere.id);
    const refusedList = (await api.ok(ITEMS, { status: 'REFUSED' }, { cookie: isere.cookie })).reviewItems;
    expect(refusedList.nodes.map((n: any) => n.id)).toContain(inIsere.id);

    // The history holds the item's creation and its decision, as typed events.
    const history = (await api.ok(HISTORY, { id: ids['38382'] }, { token: null })).collectivity.history.filter(
      (h: any) => h.entityType === 'ReviewItem' && h.entityId === inIsere.id,
    );
    expect(history.map((h: any) => h.action).sort()).toEqual(['CREATE', 'UPDATE']);
    const update = history.find((h: any) => h.action === 'UPDATE');
    expect(update.before).toMatchObject({ status: 'PENDING' });
    expect(update.after).toMatchObject({ status: 'REFUSED', reason: 'Aucune délibération de ce numéro au registre' });
    expect(JSON.stringify(history)).not.toContain(isere.email);
  });

  it('refuses the queue to everyone but moderators and administrators', async () => {
    const member = await createUser(api, 'Membre');
    expect(errorCode(await api.gql(ITEMS, {}, { cookie: member.cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ITEMS, {}, { token: null }))).toBe('UNAUTHENTICATED');
    const auditor = await createUser(api, 'Auditrice');
    await grantRole(api, auditor.id, 'AUDITOR', { auditScope: 'NATIONAL' });
    expect(errorCode(await api.gql(ITEMS, {}, { cookie: auditor.cookie }))).toBe('FORBIDDEN');
  });

  it('queues the same subject once, and refuses a payload that does not fit its kind', async () => {
    const service = api.app.get(ReviewQueueService);
    const item = {
      kind: 'DECLARED_COMMITMENT' as const,
      collectivityId: ids['38545'],
      payload: { source: 'COUNCIL_DELIBERATION' as const, deliberationNumber: 'D-9', deliberationDate: '2026-07-01' },
      subjectKey: `test:${Date.now()}`,
    };
    const first = await service.submit(systemActor('test'), item);
    const second = await service.submit(systemActor('test'), item);
    expect(second.id).toBe(first.id);
    await expect(
      service.submit(systemActor('test'), {
        ...item,
        subjectKey: null,
        payload: { source: 'COUNCIL_DELIBERATION', deliberationNumber: '', deliberationDate: 'hier' } as never,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_REVIEW_PAYLOAD' });
  });

  it('lets a moderator decide the role requests of collectivities in their territory, never be requested', async () => {
    const asker = await createUser(api, 'Élue');
    const request = async (code: string) =>
      (
        await api.ok(
          `mutation($i: RoleRequestInput!) { requestRole(input: $i) { id } }`,
          { i: { role: 'ELECTED_OFFICIAL', collectivityId: ids[code], reason: 'Élue au conseil municipal' } },
          { cookie: asker.cookie },
        )
      ).requestRole.id;
    const inIsere = await request('38545');
    const inBretagne = await request('35360');
    const pending = await api.ok(`{ pendingRoleRequests { id } }`, {}, { cookie: isere.cookie });
    const pendingIds = pending.pendingRoleRequests.map((g: any) => g.id);
    expect(pendingIds).toContain(inIsere);
    expect(pendingIds).not.toContain(inBretagne);
    const DECIDE_ROLE = `mutation($i: DecideRoleRequestInput!) { decideRoleRequest(input: $i) { id status } }`;
    const approved = await api.ok(DECIDE_ROLE, { i: { grantId: inIsere, approve: true } }, { cookie: isere.cookie });
    expect(approved.decideRoleRequest.status).toBe('ACTIVE');
    const outside = await api.gql(DECIDE_ROLE, { i: { grantId: inBretagne, approve: true } }, { cookie: isere.cookie });
    expect(errorCode(outside)).toBe('NOT_FOUND');

    const selfPromotion = await api.gql(
      `mutation($i: RoleRequestInput!) { requestRole(input: $i) { id } }`,
      { i: { role: 'CAMPAIGN_MODERATOR', auditScope: 'NATIONAL', reason: 'Je veux modérer' } },
      { cookie: asker.cookie },
    );
    expect(errorCode(selfPromotion)).toBe('ROLE_NOT_REQUESTABLE');
    const unscoped = await api.gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
      i: { userId: asker.id, role: 'CAMPAIGN_MODERATOR' },
    });
    expect(errorCode(unscoped)).toBe('AUDIT_SCOPE_REQUIRED');
  });
});
