import JSZip from 'jszip';
import { TNL_DOMAIN_LABELS, TNL_DOMAINS } from '@pacte/pact';
import { createCommitted } from './support/factories';
import {
  ADD_EVIDENCE,
  ADD_ITEM,
  ADVANCE,
  UPDATE_PROGRESS,
  committedCommune,
  download,
  seedCatalogue,
  seedEntryId,
  userWithRole,
  xmlTexts,
} from './support/migration-tracker';
import { createTestApi, TestApi } from './support/test-app';

/**
 * Issue "Migration tracker and Territoire Numérique Libre readiness", done when: a DSI records that Échirolles moved
 * its office suite from pilot to default with evidence, sees the share change, gets the proposed progress update,
 * sees which other collectivities use LibreOffice, and an elected official downloads the pre-filled label file.
 */
describe('migration tracker: Échirolles moves its office suite to LibreOffice', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    await seedCatalogue(api);
  });
  afterAll(() => api.close());

  const FIGURES = `query($id: ID!) { collectivity(id: $id) {
    inventoryFigures { freeOfficeSeatShare linuxWorkstationShare }
    commitment { actions { actionCode status } }
  } }`;
  const status15 = (data: any) =>
    data.collectivity.commitment.actions.find((a: any) => a.actionCode === '1.5').status as string;

  it('records the move, shows the figures and the proposal, finds the peers and exports the application file', async () => {
    const echirolles = await committedCommune(api, '38151');
    const libreOffice = await seedEntryId(api, 'libreoffice');
    const dsi = await userWithRole(api, 'IT_MANAGER', echirolles.id);
    const elected = await userWithRole(api, 'ELECTED_OFFICIAL', echirolles.id);

    // The DSI keeps the inventory: 300 seats still on Microsoft Office in pilot, 100 already on LibreOffice.
    const office = await api.ok(
      ADD_ITEM,
      {
        input: {
          collectivityId: echirolles.id,
          category: 'OFFICE_SUITE',
          productName: 'Microsoft Office 2019',
          productIsFree: false,
          seats: 300,
          targetEntryId: libreOffice,
          stage: 'PILOT',
          stageReachedOn: '2026-09-01',
        },
      },
      { cookie: dsi.cookie },
    );
    expect(office.addInventoryItem).toMatchObject({ stage: 'PILOT', actionCodes: ['1.5'], runsFree: false });
    await api.ok(
      ADD_ITEM,
      {
        input: {
          collectivityId: echirolles.id,
          category: 'OFFICE_SUITE',
          productName: 'LibreOffice',
          productIsFree: true,
          seats: 100,
          productEntryId: libreOffice,
        },
      },
      { cookie: dsi.cookie },
    );
    const before = await api.ok(FIGURES, { id: echirolles.id }, { token: null });
    expect(before.collectivity.inventoryFigures.freeOfficeSeatShare).toBe(25);
    const statusBefore = status15(before);
    expect(['NOT_STARTED', 'PLANNED']).toContain(statusBefore);

    // The evidence, then the move from pilot to default.
    const evidence = await api.ok(
      ADD_EVIDENCE,
      {
        input: {
          commitmentId: echirolles.commitmentId,
          kind: 'DOCUMENT',
          date: '2026-11-02',
          title: 'Note de service : LibreOffice devient la suite bureautique par défaut',
          actionCodes: ['1.5'],
        },
      },
      { cookie: dsi.cookie },
    );
    const moved = await api.ok(
      ADVANCE,
      {
        input: {
          itemId: office.addInventoryItem.id,
          stage: 'DEFAULT',
          date: '2026-11-02',
          notes: 'Bascule de tous les postes après six semaines de pilote',
          evidenceIds: [evidence.addEvidence.id],
        },
      },
      { cookie: dsi.cookie },
    );
    expect(moved.advanceMigrationStage.item).toMatchObject({ stage: 'DEFAULT', runsFree: true });
    expect(moved.advanceMigrationStage.item.stageHistory).toEqual([
      { stage: 'PILOT', reachedOn: '2026-09-01', notes: null, evidenceIds: [] },
      {
        stage: 'DEFAULT',
        reachedOn: '2026-11-02',
        notes: 'Bascule de tous les postes après six semaines de pilote',
        evidenceIds: [evidence.addEvidence.id],
      },
    ]);
    expect(moved.advanceMigrationStage.proposedProgressUpdates).toEqual([
      { commitmentId: echirolles.commitmentId, actionCode: '1.5', from: statusBefore, to: 'IN_PROGRESS' },
    ]);

    // The share changed; the progress did not: nothing changes until the DSI confirms.
    const after = await api.ok(FIGURES, { id: echirolles.id }, { token: null });
    expect(after.collectivity.inventoryFigures.freeOfficeSeatShare).toBe(100);
    expect(status15(after)).toBe(statusBefore);
    const proposal = moved.advanceMigrationStage.proposedProgressUpdates[0];
    await api.ok(
      UPDATE_PROGRESS,
      { input: { commitmentId: proposal.commitmentId, actionCode: proposal.actionCode, status: proposal.to } },
      { cookie: dsi.cookie },
    );
    const confirmed = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { inventory { productName proposedProgressUpdates { actionCode } } } }`,
      { id: echirolles.id },
    );
    expect(status15(await api.ok(FIGURES, { id: echirolles.id }))).toBe('IN_PROGRESS');
    expect(confirmed.collectivity.inventory.flatMap((i: any) => i.proposedProgressUpdates)).toEqual([]);

    // Who else uses LibreOffice: another collectivity that migrated to it, found by anyone.
    const peer = await createCommitted(api);
    await api.ok(ADD_ITEM, {
      input: {
        collectivityId: peer.collectivityId,
        category: 'OFFICE_SUITE',
        productName: 'Microsoft Office 2016',
        productIsFree: false,
        seats: 40,
        targetEntryId: libreOffice,
        stage: 'PARALLEL_RUN',
        stageReachedOn: '2026-10-01',
      },
    });
    const users = await api.ok(
      `query($id: ID!) { softwareUsers(catalogueEntryId: $id) { relation stage runsIt collectivity { id name } } }`,
      { id: libreOffice },
      { token: null },
    );
    const mine = users.softwareUsers.filter((u: any) => u.collectivity.id === echirolles.id);
    expect(mine.map((u: any) => [u.relation, u.stage, u.runsIt]).sort()).toEqual([
      ['PRODUCT', 'INVENTORY', true],
      ['TARGET', 'DEFAULT', true],
    ]);
    expect(users.softwareUsers).toContainEqual(
      expect.objectContaining({
        relation: 'TARGET',
        stage: 'PARALLEL_RUN',
        runsIt: false,
        collectivity: expect.objectContaining({ id: peer.collectivityId }),
      }),
    );

    // The elected official records the label obtained last year and downloads the pre-filled file.
    await api.ok(
      `mutation($input: RecordTnlLabelInput!) { recordTnlLabel(input: $input) { year level } }`,
      { input: { collectivityId: echirolles.id, year: 2025, scale: 'SCALE_2025', level: 'BADGE' } },
      { cookie: elected.cookie },
    );
    const odt = await download(api, `/labels/application/${echirolles.id}.odt`);
    expect(odt.status).toBe(200);
    expect(odt.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.text');
    expect(odt.headers.get('content-disposition')).toBe('attachment; filename="preparation-label-tnl-38151.odt"');
    const bytes = Buffer.from(await odt.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('mimetype')!.async('string')).toBe('application/vnd.oasis.opendocument.text');
    const content = await zip.file('content.xml')!.async('string');
    const headings = xmlTexts(content, 'h');
    for (const domain of TNL_DOMAINS) expect(headings).toContain(TNL_DOMAIN_LABELS[domain].fr);
    expect(xmlTexts(content, 'p').join('\n')).toMatch(
      /Note de service\s: LibreOffice devient la suite bureautique par défaut/,
    );
    const md = await (await download(api, `/labels/application/${echirolles.id}.md`)).text();
    expect(md).toContain('## Logiciels et systèmes libres');
    expect(md).toContain('Part des postes sur une suite bureautique libre\u00a0: 100\u00a0%');
  });
  it('finds who uses the same software through another catalogue entry: same name, same SILL or Comptoir id', async () => {
    const tag = `${process.pid}${Date.now()}`;
    const entry = async (source: string, name: string, sillId: number | null, comptoirId: number | null) => {
      const [row]: { id: string }[] = await api.dataSource.query(
        `INSERT INTO software_catalogue_entry (source, external_id, name, sill_id, comptoir_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [source, `${tag}-${name}-${source}`, name, sillId, comptoirId],
      );
      return row.id;
    };
    const n = Number(tag.slice(-7));
    // One software under three entries: the SILL's, the Comptoir's (named by the SILL entry) and one only named alike.
    const sill = await entry('SILL', `Tableur ${tag}`, n, n + 1);
    const comptoir = await entry('COMPTOIR', `Calc libre ${tag}`, null, n + 1);
    const sameName = await entry('COMPTOIR', `TABLEUR ${tag}`, null, null);
    const unrelated = await entry('COMPTOIR', `Autre ${tag}`, null, null);
    const add = async (collectivityId: string, productEntryId: string | null, targetEntryId: string | null) =>
      api.ok(ADD_ITEM, {
        input: {
          collectivityId,
          category: 'OFFICE_SUITE',
          productName: 'Suite',
          productIsFree: productEntryId !== null,
          seats: 10,
          productEntryId,
          targetEntryId,
          stage: 'INVENTORY',
          stageReachedOn: '2026-10-01',
        },
      });
    const runsIt = await createCommitted(api);
    const movesToIt = await createCommitted(api);
    const both = await createCommitted(api);
    const other = await createCommitted(api);
    await add(runsIt.collectivityId, comptoir, null);
    await add(movesToIt.collectivityId, null, sameName);
    await add(both.collectivityId, sill, sameName);
    await add(other.collectivityId, unrelated, null);

    const users = await api.ok(
      `query($id: ID!) { softwareUsers(catalogueEntryId: $id) { relation collectivity { id } } }`,
      { id: sill },
      { token: null },
    );
    const seen = users.softwareUsers.map((u: any) => [u.collectivity.id, u.relation]).sort();
    expect(seen).toEqual(
      [
        [runsIt.collectivityId, 'PRODUCT'],
        [movesToIt.collectivityId, 'TARGET'],
        // Runs it and targets it: counted once, as PRODUCT.
        [both.collectivityId, 'PRODUCT'],
      ].sort(),
    );
  });
});
