import JSZip from 'jszip';
import { TNL_DOMAIN_LABELS, TNL_DOMAINS, TNL_SELF_ASSESSMENT_NOTICE } from '@pacte/pact';
import { createCommitted } from './support/factories';
import {
  ADD_EVIDENCE,
  ADD_ITEM,
  download,
  seedCatalogue,
  seedEntryId,
  userWithRole,
  xmlTexts,
} from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const RECORD = `mutation($input: RecordTnlLabelInput!) { recordTnlLabel(input: $input) { year scale level mentions } }`;
const READINESS = `query($id: ID!) { collectivity(id: $id) { tnlLabels { year level } commitment { labelReadiness {
  noticeFr tier legacyLevel nextTier overall { met applicable percent }
  domains { domain met applicable criteria { id status metByFr } }
  nextTierGaps { scope domain needed } missingForNextTier { id domain satisfiedByFr }
  mentions { mention withinReach } mentionsWithinReach
} } } }`;

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('labels: awarded labels, evidence filed under criteria, readiness and the application file', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const criterion = (data: any, id: string) =>
    data.collectivity.commitment.labelReadiness.domains.flatMap((d: any) => d.criteria).find((c: any) => c.id === id);

  it('records labels: an administrator or the elected official, possible labels only, one per vintage', async () => {
    const place = await createCommitted(api);
    const elected = await userWithRole(api, 'ELECTED_OFFICIAL', place.collectivityId);
    const dsi = await userWithRole(api, 'IT_MANAGER', place.collectivityId);
    const input = { collectivityId: place.collectivityId, year: 2023, scale: 'LEGACY', level: '3' };
    expect(errorCode(await api.gql(RECORD, { input }, { cookie: dsi.cookie }))).toBe('FORBIDDEN');
    const recorded = await api.ok(RECORD, { input }, { cookie: elected.cookie });
    expect(recorded.recordTnlLabel).toEqual({ year: 2023, scale: 'LEGACY', level: '3', mentions: [] });
    expect(errorCode(await api.gql(RECORD, { input }, { cookie: elected.cookie }))).toBe('TNL_LABEL_ALREADY_RECORDED');
    const impossible = await api.gql(RECORD, { input: { ...input, year: 2025 } });
    expect(errorCode(impossible)).toBe('INVALID_TNL_LABEL');
    const mention = await api.ok(RECORD, {
      input: { ...input, year: 2025, scale: 'SCALE_2025', level: 'BRONZE', mentions: ['MUTUALISATION'] },
    });
    expect(mention.recordTnlLabel).toEqual({
      year: 2025,
      scale: 'SCALE_2025',
      level: 'BRONZE',
      mentions: ['MUTUALISATION'],
    });
  });

  it('counts evidence filed under a criterion and awarded labels in the readiness, shown as a self-assessment', async () => {
    const place = await createCommitted(api);
    const before = await api.ok(READINESS, { id: place.collectivityId }, { token: null });
    const readiness = before.collectivity.commitment.labelReadiness;
    expect(readiness).toMatchObject({
      noticeFr: TNL_SELF_ASSESSMENT_NOTICE.fr,
      tier: 'NONE',
      legacyLevel: 0,
      nextTier: 'BADGE',
    });
    expect(readiness.nextTierGaps).toEqual([{ scope: 'DOMAINS_WITH_A_CRITERION', domain: null, needed: 3 }]);
    expect(readiness.missingForNextTier.map((m: any) => m.id)).toContain('DM-OPEN-DATA');

    // Open data: no pact action covers it, so the evidence is filed under the criterion itself.
    const unknown = await api.gql(ADD_EVIDENCE, {
      input: {
        commitmentId: place.commitmentId,
        kind: 'RUNNING_SERVICE',
        date: '2026-10-01',
        title: 'Portail',
        url: 'https://x.example.org',
        actionCodes: [],
        criterionIds: ['DM-NOPE'],
      },
    });
    expect(errorCode(unknown)).toBe('UNKNOWN_TNL_CRITERION');
    const nothing = await api.gql(ADD_EVIDENCE, {
      input: { commitmentId: place.commitmentId, kind: 'DOCUMENT', date: '2026-10-01', title: 'Rien', actionCodes: [] },
    });
    expect(errorCode(nothing)).toBe('VALIDATION_FAILED');
    const portal = await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId: place.commitmentId,
        kind: 'RUNNING_SERVICE',
        date: '2026-10-01',
        title: 'Portail open data & <données> ouvertes',
        url: 'https://data.example.org',
        actionCodes: [],
        criterionIds: ['DM-OPEN-DATA'],
      },
    });
    expect(portal.addEvidence).toMatchObject({ actionCodes: [], criterionIds: ['DM-OPEN-DATA'] });
    await api.ok(RECORD, { input: { collectivityId: place.collectivityId, year: 2024, scale: 'LEGACY', level: '2' } });

    const after = await api.ok(READINESS, { id: place.collectivityId }, { token: null });
    expect(criterion(after, 'DM-OPEN-DATA').status).toBe('MET');
    expect(criterion(after, 'SP-POLITICAL-BACKING')).toMatchObject({
      status: 'MET',
      metByFr: 'Un label Territoire Numérique Libre déjà obtenu',
    });
    expect(criterion(after, 'CE-SHARING').status).toBe('MET');
    const r = after.collectivity.commitment.labelReadiness;
    expect(r.tier).toBe('BADGE');
    expect(r.overall).toEqual({ met: 3, applicable: 25, percent: 12 });
    expect(r.legacyLevel).toBe(1);
    expect(r.missingForNextTier.map((m: any) => m.id)).not.toContain('DM-OPEN-DATA');
  });

  it('exports the pre-filled application file, public, as Markdown and as a valid OpenDocument text', async () => {
    const place = await createCommitted(api);
    await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId: place.commitmentId,
        kind: 'COUNCIL_DELIBERATION',
        date: '2026-09-15',
        title: 'Délibération « logiciel libre » n° 2026-42 & annexes',
        actionCodes: ['1.1'],
      },
    });
    const md = await download(api, `/labels/application/${place.collectivityId}.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toMatch(/^attachment; filename="preparation-label-tnl-9\d{8}\.md"$/);
    const text = await md.text();
    for (const domain of TNL_DOMAINS) expect(text).toContain(`## ${TNL_DOMAIN_LABELS[domain].fr}`);
    expect(text).toContain(TNL_SELF_ASSESSMENT_NOTICE.fr.slice(0, 40));
    // The deliberation is the evidence behind political backing, in the strategy section.
    const strategy = text.slice(text.indexOf('## Stratégie et mutualisation'), text.indexOf('## Bonnes pratiques'));
    expect(strategy).toContain(
      'Délibération «\u00a0logiciel libre\u00a0» n° 2026-42 & annexes — Délibération du conseil, 15 septembre 2026',
    );

    const odt = await download(api, `/labels/application/${place.collectivityId}.odt`);
    expect(odt.status).toBe(200);
    expect(odt.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.text');
    const bytes = Buffer.from(await odt.arrayBuffer());
    // The first entry is `mimetype`, stored (method 0) with no extra field, so its content sits at offset 38.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.subarray(30, 38).toString('ascii')).toBe('mimetype');
    expect(bytes.subarray(38, 38 + 39).toString('ascii')).toBe('application/vnd.oasis.opendocument.text');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
    const manifest = await zip.file('META-INF/manifest.xml')!.async('string');
    expect(xmlTexts(manifest, 'file-entry')).toHaveLength(4);
    expect(manifest).toContain('manifest:full-path="content.xml"');
    xmlTexts(await zip.file('styles.xml')!.async('string'), 'style');
    const content = await zip.file('content.xml')!.async('string');
    const headings = xmlTexts(content, 'h');
    for (const domain of TNL_DOMAINS) expect(headings).toContain(TNL_DOMAIN_LABELS[domain].fr);
    expect(xmlTexts(content, 'p')).toContain(
      'Délibération «\u00a0logiciel libre\u00a0» n° 2026-42 & annexes — Délibération du conseil, 15 septembre 2026',
    );

    expect((await download(api, `/labels/application/00000000-0000-4000-8000-000000000000.odt`)).status).toBe(404);
    expect((await download(api, `/labels/application/not-an-id.md`)).status).toBe(404);
  });

  it('tells the truth in the application file: in service and target apart, dates in words, links, estimates', async () => {
    const place = await createCommitted(api);
    await seedCatalogue(api);
    const [libreOffice, debian] = await Promise.all([
      seedEntryId(api, 'libreoffice'),
      seedEntryId(api, 'debian-workstation'),
    ]);
    const item = (category: string, productName: string, targetEntryId: string, stage: string, on: string) =>
      api.ok(ADD_ITEM, {
        input: {
          collectivityId: place.collectivityId,
          category,
          productName,
          productIsFree: false,
          seats: 40,
          targetEntryId,
          stage,
          stageReachedOn: on,
        },
      });
    await item('OFFICE_SUITE', 'Microsoft Office 2019', libreOffice, 'DEFAULT', '2026-06-24');
    await item('WORKSTATION_OS', 'Windows 11', debian, 'PILOT', '2026-06-01');
    const filed = await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId: place.commitmentId,
        kind: 'RUNNING_SERVICE',
        date: '2026-10-01',
        title: 'Portail de données ouvertes',
        url: 'https://data.example.org',
        actionCodes: [],
        criterionIds: ['DM-OPEN-DATA'],
      },
    });
    // The file itself is not the point: its stored key is what makes the link.
    await api.dataSource.query(
      `UPDATE evidence SET file_key = $2, file_mime_type = 'application/pdf', file_size = 10 WHERE id = $1`,
      [filed.addEvidence.id, `${filed.addEvidence.id}/portail.pdf`],
    );
    const [{ name: debianName }] = await api.dataSource.query(
      `SELECT name FROM software_catalogue_entry WHERE id = $1`,
      [debian],
    );

    const raw = await (await download(api, `/labels/application/${place.collectivityId}.md`)).text();
    // French spacing reaches the download (no-break spaces); the wording is checked with plain spaces.
    expect(raw).toContain('Synthèse\n\n- Estimation de cette auto-évaluation (échelle depuis 2025)\u00a0:');
    let text = plain(raw);
    expect(text.split('\n')[0]).toMatch(
      /^# Préparation de la candidature au label Territoire Numérique Libre \(critères de ce service, pas le questionnaire du jury\) — /,
    );
    expect(text).toContain('ce n’est pas le questionnaire du jury');
    expect(text).toContain('À notre connaissance, le jury du label Territoire Numérique Libre ne publie pas de grille');
    // Migrated to LibreOffice: LibreOffice is in service, Office is what it replaced, never "Office … Par défaut".
    expect(text).toContain(
      '- Suite bureautique : en service, LibreOffice (40 postes), qui remplace Microsoft Office 2019 — étape « Par défaut » depuis le 24 juin 2026',
    );
    expect(text).not.toMatch(/en service, Microsoft Office 2019/);
    expect(text).toContain(
      `en service, Windows 11 (40 postes) ; cible, ${debianName} — étape « Pilote » depuis le 1er juin 2026`,
    );
    expect(text).toContain(
      'Portail de données ouvertes — Service en fonctionnement, 1er octobre 2026 — https://data.example.org — fichier : http',
    );
    expect(text).toContain(`/evidence/${filed.addEvidence.id}/file`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // A Badge-level estimate: never "niveau 0" on the 1-to-5 scale, never the Badge as a grade of the Label.
    expect(text).not.toMatch(/niveau 0/i);
    expect(text).not.toMatch(/Label Badge|niveau Badge/);

    await api.ok(RECORD, {
      input: { collectivityId: place.collectivityId, year: 2025, scale: 'SCALE_2025', level: 'OR' },
    });
    text = plain(await (await download(api, `/labels/application/${place.collectivityId}.md`)).text());
    const awarded = text.indexOf('- Label attribué par le jury : Label Or, millésime 2025');
    expect(awarded).toBeGreaterThan(0);
    expect(awarded).toBeLessThan(text.indexOf('- Estimation de cette auto-évaluation'));
  });
});
