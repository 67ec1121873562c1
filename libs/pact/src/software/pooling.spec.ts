import { assessReadiness } from '../tnl/readiness';
import { FleetDeclaration } from './fleet';
import { InventoryItemInput, inventoryFigures } from './inventory';
import { appliesToMember, checkPooledItLink, checkPooledItemMembers, memberInventory } from './pooling';

/**
 * Scenarios of pooled IT: Saint-Lys, a commune of the communauté de communes Cœur de Garonne, whose IT the
 * communauté runs, and a syndicat (an OPSN) that runs the IT of communes of several EPCI.
 */
const saintLys = { id: 'commune-saint-lys', kind: 'COMMUNE' as const, epciId: 'cc-coeur-de-garonne' };
const neighbour = { id: 'commune-voisine', kind: 'COMMUNE' as const, epciId: 'cc-coeur-de-garonne' };
const elsewhere = { id: 'commune-ailleurs', kind: 'COMMUNE' as const, epciId: 'ca-muretain' };
const cc = { id: 'cc-coeur-de-garonne', kind: 'COMMUNAUTE_DE_COMMUNES' as const, epciId: null };
const ca = { id: 'ca-muretain', kind: 'COMMUNAUTE_D_AGGLOMERATION' as const, epciId: null };
const opsn = { id: 'syndicat-opsn', kind: 'SYNDICAT' as const, epciId: null };
const departement = { id: 'dep-31', kind: 'DEPARTEMENT' as const, epciId: null };

type PooledItem = InventoryItemInput & { appliesToMemberIds?: string[] | null };
const item = (i: Partial<PooledItem> & Pick<PooledItem, 'category'>): PooledItem => ({
  isFree: false,
  seats: 1,
  stage: 'INVENTORY',
  targetIsFree: true,
  ...i,
});
const fleet = (workstations: number | null, servers: number | null = null): FleetDeclaration => ({
  audience: 'STAFF',
  workstations,
  servers,
  officeSeats: null,
  asOf: '2026-09-01',
});

describe('who may run a commune’s IT', () => {
  it('its own EPCI, or a syndicat', () => {
    expect(checkPooledItLink(saintLys, cc)).toEqual([]);
    expect(checkPooledItLink(saintLys, opsn)).toEqual([]);
  });

  it('not an EPCI it does not belong to', () => {
    expect(checkPooledItLink(saintLys, ca)).toEqual([{ path: 'bodyId', code: 'POOLING_BODY_NOT_ITS_EPCI' }]);
  });

  it('not another commune nor a département; and only a commune points to a body', () => {
    expect(checkPooledItLink(saintLys, neighbour)).toEqual([{ path: 'bodyId', code: 'POOLING_BODY_INVALID' }]);
    expect(checkPooledItLink(saintLys, departement)).toEqual([{ path: 'bodyId', code: 'POOLING_BODY_INVALID' }]);
    expect(checkPooledItLink(cc, opsn)).toEqual([{ path: 'collectivityId', code: 'POOLING_COMMUNE_ONLY' }]);
  });
});

describe('the communes a pooled item applies to', () => {
  it('all the members by default, or those it names', () => {
    expect(appliesToMember({}, saintLys.id)).toBe(true);
    expect(appliesToMember({ appliesToMemberIds: null }, saintLys.id)).toBe(true);
    expect(appliesToMember({ appliesToMemberIds: [neighbour.id] }, saintLys.id)).toBe(false);
    expect(appliesToMember({ appliesToMemberIds: [neighbour.id, saintLys.id] }, saintLys.id)).toBe(true);
  });

  it('are named by an EPCI among its members, by a syndicat among communes, never by a commune', () => {
    const members = [saintLys, neighbour, elsewhere, cc];
    expect(checkPooledItemMembers(cc, [saintLys.id, neighbour.id], members)).toEqual([]);
    expect(checkPooledItemMembers(cc, null, members)).toEqual([]);
    expect(checkPooledItemMembers(cc, [elsewhere.id], members)).toEqual([
      { path: 'appliesToMemberIds', code: 'POOLING_MEMBER_INVALID' },
    ]);
    expect(checkPooledItemMembers(cc, ['unknown'], members)).toEqual([
      { path: 'appliesToMemberIds', code: 'POOLING_MEMBER_INVALID' },
    ]);
    expect(checkPooledItemMembers(opsn, [saintLys.id, elsewhere.id], members)).toEqual([]);
    expect(checkPooledItemMembers(opsn, [cc.id], members)).toEqual([
      { path: 'appliesToMemberIds', code: 'POOLING_MEMBER_INVALID' },
    ]);
    expect(checkPooledItemMembers(opsn, [], members)).toEqual([{ path: 'appliesToMemberIds', code: 'TOO_FEW' }]);
    expect(checkPooledItemMembers(saintLys, [saintLys.id], members)).toEqual([
      { path: 'appliesToMemberIds', code: 'POOLING_MEMBERS_NOT_ALLOWED' },
    ]);
  });
});

describe('a commune’s figures with pooled IT', () => {
  // The communauté runs 40 servers for its members, 30 of them on GNU/Linux, and a free business application for
  // Saint-Lys and its neighbour; another, proprietary, only for the neighbour.
  const body = {
    items: [
      item({ category: 'SERVER_OS', isFree: true, seats: 30 }),
      item({ category: 'SERVER_OS', seats: 10 }),
      item({ category: 'BUSINESS_APPLICATION', isFree: true, appliesToMemberIds: [saintLys.id, neighbour.id] }),
      item({ category: 'BUSINESS_APPLICATION', isFree: true, appliesToMemberIds: [neighbour.id] }),
    ],
    fleet: [fleet(null, 40)],
  };
  // Saint-Lys itself: 20 workstations, 5 of them on GNU/Linux.
  const own = { items: [item({ category: 'WORKSTATION_OS', isFree: true, seats: 5 })], fleet: [fleet(20)] };

  it('are its own items and the body’s that apply to it, each marked as pooled', () => {
    const { items, fleet: declared } = memberInventory(saintLys.id, own, body);
    expect(items.map((i) => [i.category, i.pooled])).toEqual([
      ['WORKSTATION_OS', false],
      ['SERVER_OS', true],
      ['SERVER_OS', true],
      ['BUSINESS_APPLICATION', true],
    ]);
    expect(declared.map((d) => d.pooled)).toEqual([false, true]);
  });

  it('count the body’s items against the body’s fleet, its own against its own', () => {
    const { items, fleet: declared } = memberInventory(saintLys.id, own, body);
    const figures = inventoryFigures(items, declared);
    expect(figures.linuxWorkstationShare).toBe(25);
    expect(figures.linuxServerShare).toBe(75);
    expect(figures.freeBusinessApplications).toBe(1);
    // Without the pooled IT, Saint-Lys has no server and no business application of its own.
    const alone = inventoryFigures(own.items, own.fleet);
    expect(alone.linuxServerShare).toBeNull();
    expect(alone.freeBusinessApplications).toBe(0);
  });

  it('measure one pilot of the body’s against the body’s whole fleet, not only the pilot', () => {
    const pilot = { items: [item({ category: 'WORKSTATION_OS', isFree: true, seats: 10 })], fleet: [fleet(400)] };
    const { items, fleet: declared } = memberInventory<PooledItem>(saintLys.id, { items: [], fleet: [] }, pilot);
    expect(inventoryFigures(items, declared).linuxWorkstationShare).toBe(2.5);
  });

  it('are the commune’s own when it points to no body', () => {
    expect(memberInventory(saintLys.id, own, null).items.every((i) => !i.pooled)).toBe(true);
  });
});

describe('a commune’s label readiness with pooled IT', () => {
  const pooledEvidence = (criterionIds: string[], actionCodes: string[] = []) => ({
    kind: 'COUNCIL_DELIBERATION' as const,
    actionCodes,
    criterionIds,
    pooled: true,
  });
  const criterion = (r: ReturnType<typeof assessReadiness>, id: string) =>
    r.domains.flatMap((d) => d.criteria).find((c) => c.id === id);

  it('counts the body’s evidence for the criteria it covers, and says the criterion is met through pooling', () => {
    const readiness = assessReadiness({ progress: [], evidence: [pooledEvidence(['GP-OPEN-FORMATS'])], inventory: [] });
    expect(criterion(readiness, 'GP-OPEN-FORMATS')).toMatchObject({ status: 'MET', throughPooling: true });
    const own = assessReadiness({
      progress: [],
      evidence: [{ ...pooledEvidence(['GP-OPEN-FORMATS']), pooled: false }],
      inventory: [],
    });
    expect(criterion(own, 'GP-OPEN-FORMATS')).toMatchObject({ status: 'MET', throughPooling: false });
  });

  it('never counts the body’s deliberation as the commune council’s political backing', () => {
    const readiness = assessReadiness({ progress: [], evidence: [pooledEvidence([], ['1.1'])], inventory: [] });
    expect(criterion(readiness, 'SP-POLITICAL-BACKING')).toMatchObject({ status: 'UNMET', throughPooling: false });
    const own = assessReadiness({
      progress: [],
      evidence: [{ ...pooledEvidence([], ['1.1']), pooled: false }],
      inventory: [],
    });
    expect(criterion(own, 'SP-POLITICAL-BACKING')).toMatchObject({ status: 'MET' });
  });

  it('meets the servers criterion with the body’s servers', () => {
    const { items, fleet: declared } = memberInventory<PooledItem>(
      saintLys.id,
      { items: [], fleet: [] },
      { items: [item({ category: 'SERVER_OS', isFree: true, seats: 30 })], fleet: [fleet(null, 40)] },
    );
    const readiness = assessReadiness({ progress: [], evidence: [], inventory: items, fleet: declared });
    expect(readiness.figures.linuxServerShare).toBe(75);
    expect(criterion(readiness, 'FS-SERVERS')).toMatchObject({ status: 'MET', throughPooling: true });
  });
});
