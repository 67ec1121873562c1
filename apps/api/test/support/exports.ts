import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { ADD_EVIDENCE, ADD_ITEM, UPDATE_PROGRESS, seedCatalogue, seedEntryId } from './migration-tracker';
import { createCommune, createUser, grantRole } from './factories';
import type { TestApi } from './test-app';

export const PRIVATE_PHONE = '+33 6 12 34 56 78';
export const PRIVATE_EMAIL = 'signataire.privee@example.org';

/** GET a path of the test app as anyone (no token, no cookie). */
export async function get(api: TestApi, path: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${api.app.getHttpServer().address().port}${path}`);
}

export function csvRows(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true });
}

/** The rows of an exported .ods (first sheet), as the text of each cell. */
export async function odsRows(bytes: ArrayBuffer | Uint8Array): Promise<{ first: string; rows: string[][] }> {
  const zip = await JSZip.loadAsync(bytes);
  const first = Object.keys(zip.files)[0];
  const xml = await zip.file('content.xml')!.async('string');
  const rows = [...xml.matchAll(/<table:table-row>(.*?)<\/table:table-row>/g)].map((row) =>
    [...row[1].matchAll(/<table:table-cell[^>]*?(?:\/>|>(.*?)<\/table:table-cell>)/g)].map((cell) =>
      [...(cell[1] ?? '').matchAll(/<text:p>(.*?)<\/text:p>/g)].map((p) => p[1]).join('\n'),
    ),
  );
  return { first, rows };
}

/**
 * A commune of its own (12,000 inhabitants in the Isère, with no position: candidate lists stand only in communes)
 * committed by deliberation, with something in every dataset: progress (1.1 DONE, 1.2 at 40 %), a milestone, evidence,
 * an audit of an action and two successive verdicts on section 1 (beside its self-assessment), a candidate list with a signatory (phone and e-mail given), an inventory item with its licence's contract.
 */
export async function collectivityWithEverything(api: TestApi) {
  const { id: collectivityId, code } = await createCommune(api, 'Commune exportée', '38', 12_000);
  const committed = await api.ok(
    `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
    {
      input: {
        collectivityId,
        source: 'COUNCIL_DELIBERATION',
        deliberationNumber: `D-${code}`,
        deliberationDate: '2026-05-12',
      },
    },
  );
  const commitmentId = committed.createCommitment.id as string;
  await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.1', status: 'DONE', owner: 'DSI' } });
  await api.ok(UPDATE_PROGRESS, {
    input: { commitmentId, actionCode: '1.2', status: 'IN_PROGRESS', progress: 40, targetDate: '2027-01-31' },
  });
  await api.ok(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
    input: { commitmentId, actionCode: '1.1', title: 'Vote « en conseil »', date: '2026-06-15', reached: true },
  });
  const evidence = await api.ok(ADD_EVIDENCE, {
    input: {
      commitmentId,
      actionCodes: ['1.1', '1.2'],
      kind: 'COUNCIL_DELIBERATION',
      date: '2026-05-12',
      title: 'Délibération, n° 12',
      url: 'https://example.org/deliberation-12',
    },
  });
  const auditor = await createUser(api, 'Auditrice');
  await grantRole(api, auditor.id, 'AUDITOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
  await api.ok(
    `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
    {
      input: {
        commitmentId,
        actionCode: '1.1',
        verdict: 'KEPT',
        justification: 'Délibération publiée',
        association: 'April',
        evidenceIds: [evidence.addEvidence.id],
      },
    },
    { cookie: auditor.cookie },
  );
  // Section 1 as a whole: the collectivity's self-assessment, and a verdict the auditor then revised.
  const manager = await createUser(api, 'DSI exportée');
  await grantRole(api, manager.id, 'IT_MANAGER', { collectivityId });
  await api.ok(
    `mutation($input: SelfAssessSectionInput!) { selfAssessSection(input: $input) { version } }`,
    { input: { commitmentId, section: 1, status: 'IN_PROGRESS', explanation: 'Bureautique en migration.' } },
    { cookie: manager.cookie },
  );
  const sectionVerdict = (verdict: string, justification: string) =>
    api.ok(
      `mutation($input: RecordSectionAssessmentInput!) { recordSectionAssessment(input: $input) { id } }`,
      { input: { commitmentId, section: 1, verdict, justification, association: 'April' } },
      { cookie: auditor.cookie },
    );
  const firstSectionVerdict = (await sectionVerdict('UNVERIFIABLE', 'Pas encore de pièce')).recordSectionAssessment
    .id as string;
  const sectionVerdictId = (await sectionVerdict('PARTIAL', 'Bureautique migrée, serveurs non')).recordSectionAssessment
    .id as string;
  const list = await api.ok(
    `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id } }`,
    {
      input: { collectivityId, name: 'Liste « Libre ensemble »', headOfList: 'Alex Tête', parties: ['A', 'B'] },
    },
  );
  await api.ok(`mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id } }`, {
    input: {
      candidateListId: list.createCandidateList.id,
      scope: 'PERSONAL',
      commune: 'Grenoble',
      postcode: '38000',
      firstName: 'Camille',
      lastName: 'Signataire',
      parties: ['A'],
      signedOn: '2026-02-01',
      signedPlace: 'Grenoble',
      phone: PRIVATE_PHONE,
      email: PRIVATE_EMAIL,
    },
  });
  await seedCatalogue(api);
  await api.ok(ADD_ITEM, {
    input: {
      collectivityId,
      category: 'OFFICE_SUITE',
      productName: 'Suite propriétaire 2019',
      productIsFree: false,
      seats: 120,
      targetEntryId: await seedEntryId(api, 'libreoffice'),
      contractEndsOn: '2027-12-31',
      renewalOn: '2027-10-01',
      yearlyCost: 18_500,
      plannedStages: [{ stage: 'PILOT', plannedOn: '2099-03-01' }],
    },
  });
  return {
    collectivityId,
    commitmentId,
    code,
    evidenceId: evidence.addEvidence.id as string,
    sectionVerdictIds: [firstSectionVerdict, sectionVerdictId],
  };
}
