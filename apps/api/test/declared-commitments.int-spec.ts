import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSyndicat, createUser, grantRole } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const DECLARE = `mutation($i: DeclareCommitmentInput!) {
  declareCommitment(input: $i) { id status source deliberationNumber deliberationDate reason collectivity { id } }
}`;
const MINE = `{ me { declarations { id status source reason decidedAt collectivity { id name } } } }`;
const ITEMS = `query($c: ID) { reviewItems(kind: DECLARED_COMMITMENT, collectivityId: $c, first: 10) { nodes { id payloadJson submitterName submitterEmailDomain } } }`;
const DECIDE = `mutation($i: DecideReviewItemInput!) { decideReviewItem(input: $i) { id status reason } }`;
const PAGE = `query($id: ID!) { collectivity(id: $id) {
  commitment { source deliberationNumber deliberationDate committedOn candidateList { id name outcome }
    evidence { kind title description url date file { mimeType } actionCodes } }
  history(first: 50) { entityType action after }
} }`;

type User = Awaited<ReturnType<typeof createUser>>;

describe('declared commitments', () => {
  let api: TestApi;
  let baseUrl: string;
  let resident: User;
  let moderator: User;
  const storageDir = mkdtempSync(path.join(tmpdir(), 'pacte-declarations-'));

  beforeAll(async () => {
    api = await createTestApi({ EVIDENCE_STORAGE_DIR: storageDir, EVIDENCE_MAX_BYTES: '20000' });
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
    resident = await createUser(api, 'Habitante');
    moderator = await createUser(api, 'Modératrice');
    await grantRole(api, moderator.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
  });
  afterAll(() => api.close());

  const communeId = async (code: string) =>
    (await api.ok(`{ collectivity(code: "${code}", kind: COMMUNE) { id } }`)).collectivity.id as string;

  const itemOf = async (collectivityId: string) => {
    const nodes = (await api.ok(ITEMS, { c: collectivityId }, { cookie: moderator.cookie })).reviewItems.nodes;
    expect(nodes).toHaveLength(1);
    return {
      id: nodes[0].id as string,
      payload: JSON.parse(nodes[0].payloadJson),
      submitter: [nodes[0].submitterName, nodes[0].submitterEmailDomain],
    };
  };

  const deliberation = (collectivityId: string, number: string) => ({
    collectivityId,
    source: 'COUNCIL_DELIBERATION',
    deliberationNumber: number,
    deliberationDate: '2026-06-12',
    documentUrl: 'https://deliberations.example.org/2026-41.pdf',
    note: 'Vote à l’unanimité',
  });

  it('queues a council deliberation; accepting it commits the collectivity with its source, evidence and history', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat déclaré');
    const declared = (await api.ok(DECLARE, { i: deliberation(syndicat.id, '2026-41') }, { cookie: resident.cookie }))
      .declareCommitment;
    expect(declared).toMatchObject({
      status: 'PENDING',
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: '2026-41',
    });

    // Not twice while the first awaits a decision, and nothing changes on the page meanwhile.
    const again = await api.gql(DECLARE, { i: deliberation(syndicat.id, '2026-42') }, { cookie: resident.cookie });
    expect(errorCode(again)).toBe('DECLARATION_PENDING');
    expect((await api.ok(PAGE, { id: syndicat.id }, { token: null })).collectivity.commitment).toBeNull();

    const item = await itemOf(syndicat.id);
    expect(item.payload).toMatchObject({ source: 'COUNCIL_DELIBERATION', deliberationNumber: '2026-41' });
    // The moderator sees who declared: the display name and the address's domain, never the address.
    expect(item.submitter).toEqual([expect.stringMatching(/^Habitante \d+$/), 'example.org']);
    // Accepting needs the moderator's right: the resident cannot decide it.
    expect(
      errorCode(await api.gql(DECIDE, { i: { itemId: item.id, accept: true } }, { cookie: resident.cookie })),
    ).toBe('FORBIDDEN');
    const accepted = await api.ok(DECIDE, { i: { itemId: item.id, accept: true } }, { cookie: moderator.cookie });
    expect(accepted.decideReviewItem.status).toBe('ACCEPTED');

    const page = (await api.ok(PAGE, { id: syndicat.id }, { token: null })).collectivity;
    expect(page.commitment).toMatchObject({
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: '2026-41',
      deliberationDate: '2026-06-12',
      committedOn: '2026-06-12',
    });
    expect(page.commitment.evidence).toEqual([
      expect.objectContaining({
        kind: 'COUNCIL_DELIBERATION',
        url: 'https://deliberations.example.org/2026-41.pdf',
        date: '2026-06-12',
        actionCodes: ['1.1'],
      }),
    ]);
    const created = page.history.map((h: any) => `${h.entityType}:${h.action}`);
    expect(created).toEqual(expect.arrayContaining(['Commitment:CREATE', 'Evidence:CREATE', 'ReviewItem:UPDATE']));
    // The note was for the moderators ("Précisions pour la modération"): the moderator read it on the item, and
    // neither the public evidence nor the public history repeats it.
    expect(item.payload.note).toBe('Vote à l’unanimité');
    expect(JSON.stringify(page)).not.toContain('unanimité');
    // This collectivity's lines only: other suites of the run write their own notes into the shared history.
    const historyExport = (await (await fetch(`${baseUrl}/history/export.jsonl`)).text())
      .split('\n')
      .filter((line) => line.includes(syndicat.id))
      .join('\n');
    expect(historyExport).toContain('2026-41');
    expect(historyExport).not.toContain('unanimité');

    // Declaring a committed collectivity is refused.
    const committed = await api.gql(DECLARE, { i: deliberation(syndicat.id, '2026-43') }, { cookie: resident.cookie });
    expect(errorCode(committed)).toBe('ALREADY_COMMITTED');
    expect((await api.ok(MINE, {}, { cookie: resident.cookie })).me.declarations[0]).toMatchObject({
      id: declared.id,
      status: 'ACCEPTED',
    });
  });

  it('refuses with a reason that the declarant reads on their account, and nobody else', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat refusé');
    const declared = (await api.ok(DECLARE, { i: deliberation(syndicat.id, 'X-1') }, { cookie: resident.cookie }))
      .declareCommitment;
    const item = await itemOf(syndicat.id);
    const reason = 'Aucune délibération de ce numéro au registre des actes';
    await api.ok(DECIDE, { i: { itemId: item.id, accept: false, reason } }, { cookie: moderator.cookie });

    const mine = (await api.ok(MINE, {}, { cookie: resident.cookie })).me.declarations;
    expect(mine.find((d: any) => d.id === declared.id)).toMatchObject({
      status: 'REFUSED',
      reason,
      collectivity: { id: syndicat.id },
    });
    expect(mine.find((d: any) => d.id === declared.id).decidedAt).toBeTruthy();
    const someoneElse = await createUser(api, 'Voisin');
    expect((await api.ok(MINE, {}, { cookie: someoneElse.cookie })).me.declarations).toEqual([]);
    expect((await api.ok(PAGE, { id: syndicat.id }, { token: null })).collectivity.commitment).toBeNull();

    // Refused, it may be declared again (with what was missing).
    const retry = await api.ok(DECLARE, { i: deliberation(syndicat.id, 'X-2') }, { cookie: resident.cookie });
    expect(retry.declareCommitment.status).toBe('PENDING');
  });

  it('refuses a signed-out visitor, a missing document, and a list majority for an EPCI', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat anonyme');
    const anonymous = await api.gql(DECLARE, { i: deliberation(syndicat.id, 'A-1') }, { token: null });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const noDocument = await api.gql(
      DECLARE,
      { i: { ...deliberation(syndicat.id, 'A-2'), documentUrl: null } },
      { cookie: resident.cookie },
    );
    expect(errorCode(noDocument)).toBe('DOCUMENT_REQUIRED');
    // Grenoble-Alpes Métropole: an EPCI commits by its council's deliberation only.
    const epci = (await api.ok(`{ collectivity(code: "200040715", kind: METROPOLE) { id } }`)).collectivity.id;
    const listForEpci = await api.gql(
      DECLARE,
      {
        i: {
          collectivityId: epci,
          source: 'LIST_MAJORITY',
          candidateListId: '00000000-0000-4000-8000-000000000000',
        },
      },
      { cookie: resident.cookie },
    );
    expect(errorCode(listForEpci)).toBe('INVALID_COMMITMENT_SOURCE');
    const nothingQueued = (await api.ok(ITEMS, { c: syndicat.id }, { cookie: moderator.cookie })).reviewItems.nodes;
    expect(nothingQueued).toEqual([]);
  });

  it('accepts a signing list’s majority: the list wins, the commune is committed by it, with the declaration as evidence', async () => {
    const commune = await communeId('38229');
    const list = (
      await api.ok(`mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`, {
        i: { collectivityId: commune, name: 'Meylan en commun', headOfList: 'Camille Tête' },
      })
    ).createCandidateList.id;
    const unsigned = await api.gql(
      DECLARE,
      { i: { collectivityId: commune, source: 'LIST_MAJORITY', candidateListId: list } },
      { cookie: resident.cookie },
    );
    expect(errorCode(unsigned)).toBe('NOT_A_SIGNING_LIST');
    await api.ok(`mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`, {
      i: {
        candidateListId: list,
        scope: 'LIST',
        commune: 'Meylan',
        firstName: 'Camille',
        lastName: 'Tête',
        signedOn: '2026-02-10',
      },
    });
    await api.ok(
      DECLARE,
      { i: { collectivityId: commune, source: 'LIST_MAJORITY', candidateListId: list, note: 'Résultats en mairie' } },
      { cookie: resident.cookie },
    );
    const item = await itemOf(commune);
    await api.ok(DECIDE, { i: { itemId: item.id, accept: true } }, { cookie: moderator.cookie });
    const page = (await api.ok(PAGE, { id: commune }, { token: null })).collectivity;
    expect(page.commitment).toMatchObject({
      source: 'LIST_MAJORITY',
      candidateList: { id: list, name: 'Meylan en commun', outcome: 'MAJORITY' },
    });
    expect(page.commitment.evidence).toEqual([expect.objectContaining({ kind: 'DOCUMENT', actionCodes: ['1.1'] })]);
  });

  it('takes the deliberation as a file: checked, readable by the moderator only, public evidence once accepted', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat au fichier');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const post = async (content: Buffer, cookie: string | null) => {
      const form = new FormData();
      form.append('input', JSON.stringify({ ...deliberation(syndicat.id, 'F-1'), documentUrl: null, note: null }));
      form.append('file', new Blob([content], { type: 'application/pdf' }), 'deliberation.pdf');
      const response = await fetch(`${baseUrl}/declarations`, {
        method: 'POST',
        body: form,
        headers: cookie ? { cookie } : {},
      });
      return { status: response.status, body: await response.json() };
    };
    expect((await post(pdf, null)).status).toBe(401);
    const notPdf = await post(Buffer.from('<html><script>alert(1)</script></html>'), resident.cookie);
    expect(notPdf).toMatchObject({ status: 400, body: { code: 'EVIDENCE_FILE_TYPE' } });
    expect((await post(Buffer.alloc(30000, 0x25), resident.cookie)).status).toBe(413);
    const created = await post(pdf, resident.cookie);
    expect(created).toMatchObject({ status: 201, body: { status: 'PENDING', source: 'COUNCIL_DELIBERATION' } });

    const item = await itemOf(syndicat.id);
    const url = `${baseUrl}/declarations/${item.id}/document`;
    expect((await fetch(url, { headers: { cookie: resident.cookie } })).status).toBe(403);
    const outsider = await createUser(api, 'Modérateur Bretagne');
    await grantRole(api, outsider.id, 'CAMPAIGN_MODERATOR', { auditScope: 'REGION', auditScopeCode: '53' });
    expect((await fetch(url, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    const read = await fetch(url, { headers: { cookie: moderator.cookie } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await read.arrayBuffer()).equals(pdf)).toBe(true);

    await api.ok(DECIDE, { i: { itemId: item.id, accept: true } }, { cookie: moderator.cookie });
    const evidence = (await api.ok(PAGE, { id: syndicat.id }, { token: null })).collectivity.commitment.evidence;
    expect(evidence).toEqual([expect.objectContaining({ url: null, file: { mimeType: 'application/pdf' } })]);
    const ids = await api.ok(`query($id: ID!) { collectivity(id: $id) { commitment { evidence { id } } } }`, {
      id: syndicat.id,
    });
    const download = await fetch(`${baseUrl}/evidence/${ids.collectivity.commitment.evidence[0].id}/file`);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    // The evidence is the declarant's, though the moderator accepted it (the history names the moderator).
    const [row] = await api.dataSource.query<{ created_by: string }[]>(
      'SELECT created_by FROM evidence WHERE id = $1',
      [ids.collectivity.commitment.evidence[0].id],
    );
    expect(row.created_by).toBe(resident.id);
  });

  it('removes a refused declaration’s document: nobody can download it any more, and it is gone from the store', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat au fichier refusé');
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% refused\n',
    );
    const form = new FormData();
    form.append('input', JSON.stringify({ ...deliberation(syndicat.id, 'R-1'), documentUrl: null, note: null }));
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'deliberation.pdf');
    const posted = await fetch(`${baseUrl}/declarations`, {
      method: 'POST',
      body: form,
      headers: { cookie: resident.cookie },
    });
    expect(posted.status).toBe(201);
    const item = await itemOf(syndicat.id);
    const storedFiles = () =>
      readdirSync(storageDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => readFileSync(path.join(e.parentPath, e.name)))
        .filter((content) => content.equals(pdf));
    expect(storedFiles()).toHaveLength(1);
    const url = `${baseUrl}/declarations/${item.id}/document`;
    expect((await fetch(url, { headers: { cookie: moderator.cookie } })).status).toBe(200);

    await api.ok(
      DECIDE,
      { i: { itemId: item.id, accept: false, reason: 'Délibération illisible' } },
      { cookie: moderator.cookie },
    );
    expect((await fetch(url, { headers: { cookie: moderator.cookie } })).status).toBe(404);
    expect(storedFiles()).toEqual([]);
    // The decision and the record that a file came with the declaration stay.
    expect((await api.ok(MINE, {}, { cookie: resident.cookie })).me.declarations).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'REFUSED', reason: 'Délibération illisible' })]),
    );
  });
});
