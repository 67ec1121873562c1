import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { todayInFrance } from '@pacte/pact';
import { createCommune, createUser, grantRole } from './support/factories';
import { runNode } from './support/run-node';
import { samplePdf, samplePng } from './support/sample-files';
import { createTestApi, errorCode, OPERATOR_TOKEN, TestApi } from './support/test-app';

const CLI = path.resolve(__dirname, '../dist/cli/personal-data.js');
const CREATE_LIST = `mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`;
const ADD_SIGNATORY = `mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`;
const SIGNATORIES = `query($id: ID!) { collectivity(id: $id) { candidateLists { name signatories { id lastName signedFormReceivedOn } } } }`;

/** Every field of the pact's signing form, for a LIST form ("ma liste s'engage"). */
function listForm(candidateListId: string, lastName = 'Martin') {
  return {
    candidateListId,
    scope: 'LIST',
    positionOnList: 1,
    parties: ['Divers gauche'],
    website: 'https://liste.example.org',
    commune: 'Voiron',
    postcode: '38500',
    lastName,
    firstName: 'Camille',
    phone: '+33 6 12 34 56 78',
    email: 'camille.martin@example.org',
    signedPlace: 'Voiron',
    signedOn: '2026-02-10',
  };
}

type Caller = { cookie?: string | null };

describe('signing forms entered by moderators, and the private signed PDF', () => {
  let api: TestApi;
  let baseUrl: string;
  const storageDir = mkdtempSync(path.join(tmpdir(), 'pacte-signed-forms-'));
  /** A campaign moderator of the Isère (38), a member without a role, an administrator. */
  let moderator: string;
  let member: string;
  let admin: string;

  beforeAll(async () => {
    api = await createTestApi({ EVIDENCE_STORAGE_DIR: storageDir });
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
    const m = await createUser(api, 'Moderatrice');
    await grantRole(api, m.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
    moderator = m.cookie;
    member = (await createUser(api, 'Membre')).cookie;
    const a = await createUser(api, 'Admin');
    await grantRole(api, a.id, 'ADMIN');
    admin = a.cookie;
  });
  afterAll(() => api.close());

  /** Headers of a call: as a user (`cookie`), anonymously (`null`), or as the operator (nothing given). */
  function headers({ cookie }: Caller): Record<string, string> {
    return cookie === undefined ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : cookie ? { cookie } : {};
  }

  /** POST /signatories: a signing form with its PDF. */
  async function enter(input: object, file: Buffer, caller: Caller = {}): Promise<{ status: number; body: any }> {
    const form = new FormData();
    form.append('input', JSON.stringify(input));
    form.append('file', new Blob([file], { type: 'application/pdf' }), 'formulaire.pdf');
    const response = await fetch(`${baseUrl}/signatories`, { method: 'POST', body: form, headers: headers(caller) });
    return { status: response.status, body: await response.json() };
  }

  /** POST /signatories/{id}/signed-form: the PDF of an existing signatory. */
  async function attach(
    signatoryId: string,
    file: Buffer,
    caller: Caller = {},
  ): Promise<{ status: number; body: any }> {
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'application/pdf' }), 'formulaire.pdf');
    const response = await fetch(`${baseUrl}/signatories/${signatoryId}/signed-form`, {
      method: 'POST',
      body: form,
      headers: headers(caller),
    });
    return { status: response.status, body: await response.json() };
  }

  /** GET /signatories/{id}/signed-form. */
  async function download(signatoryId: string, caller: Caller = {}) {
    const response = await fetch(`${baseUrl}/signatories/${signatoryId}/signed-form`, { headers: headers(caller) });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** A commune in the moderator's Isère, or in Savoie (73) outside it, with one candidate list made by the operator. */
  async function communeWithList(departementCode = '38') {
    const commune = await createCommune(api, 'Commune signataire', departementCode);
    const data = await api.ok(CREATE_LIST, { i: { collectivityId: commune.id, name: 'Voiron en commun' } });
    return { collectivityId: commune.id, listId: data.createCandidateList.id as string };
  }

  const storedUnder = (): string[] => {
    try {
      return readdirSync(path.join(storageDir, 'signed-forms'), { recursive: true }) as string[];
    } catch {
      return [];
    }
  };

  it('lets a moderator enter a LIST form in their territory, and answers NOT_FOUND outside it and FORBIDDEN to a member', async () => {
    const inside = await createCommune(api, 'Commune iséroise', '38');
    const list = await api.ok(
      CREATE_LIST,
      { i: { collectivityId: inside.id, name: 'Ma liste s’engage', headOfList: 'Camille Martin' } },
      { cookie: moderator },
    );
    const listId = list.createCandidateList.id;
    await api.ok(ADD_SIGNATORY, { i: listForm(listId) }, { cookie: moderator });
    const shown = await api.ok(SIGNATORIES, { id: inside.id }, { token: null });
    expect(shown.collectivity.candidateLists).toEqual([
      { name: 'Ma liste s’engage', signatories: [expect.objectContaining({ lastName: 'Martin' })] },
    ]);

    const outside = await communeWithList('73');
    const outsideList = await api.gql(
      CREATE_LIST,
      { i: { collectivityId: outside.collectivityId, name: 'Hors territoire' } },
      { cookie: moderator },
    );
    expect(errorCode(outsideList)).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ADD_SIGNATORY, { i: listForm(outside.listId) }, { cookie: moderator }))).toBe(
      'NOT_FOUND',
    );
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM candidate_list l LEFT JOIN signatory s ON s.candidate_list_id = l.id
        WHERE l.collectivity_id = $1`,
      [outside.collectivityId],
    );
    expect(count).toBe(1); // the operator's list, and nothing the moderator tried

    expect(errorCode(await api.gql(ADD_SIGNATORY, { i: listForm(listId) }, { cookie: member }))).toBe('FORBIDDEN');
    expect(
      errorCode(await api.gql(CREATE_LIST, { i: { collectivityId: inside.id, name: 'X' } }, { cookie: member })),
    ).toBe('FORBIDDEN');
  });

  it('keeps the signed PDF private: its date is public, the file only for moderators in scope and administrators', async () => {
    const { collectivityId, listId } = await communeWithList('38');
    const pdf = samplePdf('Pacte du logiciel libre — ma liste s’engage');
    const entered = await enter(listForm(listId, 'Privé'), pdf, { cookie: moderator });
    expect(entered.status).toBe(201);
    const signatoryId = entered.body.id;
    const today = todayInFrance(new Date());
    expect(entered.body.signedFormReceivedOn).toBe(today);

    // The public sees that there is a signed form and when it came, nothing else: no field leads to the file.
    const shown = await api.ok(SIGNATORIES, { id: collectivityId }, { token: null });
    expect(shown.collectivity.candidateLists[0].signatories).toEqual([
      { id: signatoryId, lastName: 'Privé', signedFormReceivedOn: today },
    ]);
    const type = await api.ok(`{ __type(name: "Signatory") { fields { name } } }`, {}, { token: null });
    const fields: string[] = type.__type.fields.map((f: { name: string }) => f.name);
    expect(fields.filter((f) => /signedForm/i.test(f))).toEqual(['signedFormReceivedOn']);
    expect(fields).not.toContain('phone');
    expect(fields).not.toContain('email');

    for (const caller of [{ cookie: moderator }, { cookie: admin }]) {
      const got = await download(signatoryId, caller);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(pdf)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('cache-control')).toBe('private, no-store');
      expect(got.headers.get('content-disposition')).toMatch(/^attachment/);
    }
    expect((await download(signatoryId, { cookie: null })).status).toBe(401);
    expect((await download(signatoryId, { cookie: member })).status).toBe(403);
    const official = await createUser(api, 'Elue');
    await grantRole(api, official.id, 'ELECTED_OFFICIAL', { collectivityId });
    expect((await download(signatoryId, { cookie: official.cookie })).status).toBe(403);
    const elsewhere = await createUser(api, 'Moderateur savoyard');
    await grantRole(api, elsewhere.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '73' });
    const refused = await download(signatoryId, { cookie: elsewhere.cookie });
    expect(refused.status).toBe(404);
    expect(refused.bytes.includes(pdf.subarray(0, 20))).toBe(false);

    // Neither the public history nor the open-data dump carries the file's key.
    const [{ key }] = await api.dataSource.query(`SELECT signed_form_key AS key FROM signatory WHERE id = $1`, [
      signatoryId,
    ]);
    expect(key).toMatch(/^signed-forms\//);
    const history = await (await fetch(`${baseUrl}/history/export.jsonl`)).text();
    expect(history).not.toContain(key);
    expect(history).not.toContain('camille.martin@example.org');
    const signatoriesCsv = await (await fetch(`${baseUrl}/exports/signatories.csv`)).text();
    expect(signatoriesCsv).toContain('Privé');
    expect(signatoriesCsv).not.toContain(key);
  });

  it('refuses a file that is not a PDF, read from its content, and writes nothing', async () => {
    const { collectivityId, listId } = await communeWithList('38');
    const before = storedUnder().length;
    const refused = await enter(listForm(listId, 'Image'), samplePng(), { cookie: moderator });
    expect(refused.status).toBe(400);
    // Only a PDF goes here: the refusal names PDF only, not every format of evidence.
    expect(refused.body.code).toBe('PDF_REQUIRED');
    expect(refused.body.message).toMatch(/not a PDF/);
    const shown = await api.ok(SIGNATORIES, { id: collectivityId }, { token: null });
    expect(shown.collectivity.candidateLists[0].signatories).toEqual([]);
    expect(storedUnder()).toHaveLength(before);

    // A form refused by the rules leaves no file behind either.
    const invalid = await enter({ ...listForm(listId), postcode: '385' }, samplePdf(), { cookie: moderator });
    expect(invalid.status).toBe(400);
    expect(storedUnder()).toHaveLength(before);
  });

  it('attaches the PDF later to an existing signatory, replaces it, and refuses a moderator of another territory', async () => {
    const { listId } = await communeWithList('38');
    const added = await api.ok(ADD_SIGNATORY, { i: listForm(listId, 'Plus tard') });
    const signatoryId = added.addSignatory.id;
    expect((await download(signatoryId, { cookie: moderator })).status).toBe(404); // no file yet

    const first = await attach(signatoryId, samplePdf('premier envoi'), { cookie: moderator });
    expect(first.status).toBe(200);
    expect(first.body.signedFormReceivedOn).toBe(todayInFrance(new Date()));
    const second = samplePdf('second envoi, lisible');
    expect((await attach(signatoryId, second, { cookie: moderator })).status).toBe(200);
    expect((await download(signatoryId, { cookie: moderator })).bytes.equals(second)).toBe(true);
    const [{ key }] = await api.dataSource.query(`SELECT signed_form_key AS key FROM signatory WHERE id = $1`, [
      signatoryId,
    ]);
    // The first file is gone from the store: one file under the signatory's folder.
    expect(readdirSync(path.join(storageDir, 'signed-forms', signatoryId))).toEqual([path.basename(key)]);

    const elsewhere = await createUser(api, 'Autre territoire');
    await grantRole(api, elsewhere.id, 'CAMPAIGN_MODERATOR', { auditScope: 'REGION', auditScopeCode: '93' });
    expect((await attach(signatoryId, samplePdf(), { cookie: elsewhere.cookie })).status).toBe(404);
    expect((await attach(signatoryId, samplePdf(), { cookie: member })).status).toBe(403);
    expect((await attach(signatoryId, samplePdf(), { cookie: null })).status).toBe(401);
  });

  it('erases the signed form with the person (npm run personal-data), keeping the public date', async () => {
    const { collectivityId, listId } = await communeWithList('38');
    const entered = await enter(listForm(listId, 'Effacée'), samplePdf(), { cookie: moderator });
    const signatoryId = entered.body.id;
    expect(readdirSync(path.join(storageDir, 'signed-forms', listId))).toHaveLength(1);

    const env = {
      ...process.env,
      DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!,
      EVIDENCE_STORAGE_DIR: storageDir,
      LOG_LEVEL: 'warn',
    };
    const erased = await runNode([CLI, 'erase', '--signatory', signatoryId, '--yes'], env);
    expect(erased.status).toBe(0);
    expect(readdirSync(path.join(storageDir, 'signed-forms', listId))).toEqual([]);
    expect((await download(signatoryId, { cookie: admin })).status).toBe(404);
    const shown = await api.ok(SIGNATORIES, { id: collectivityId }, { token: null });
    expect(shown.collectivity.candidateLists[0].signatories).toEqual([
      { id: signatoryId, lastName: '[effacé]', signedFormReceivedOn: todayInFrance(new Date()) },
    ]);
    // A run of the command, starting the app's context: a minute or more on a loaded machine.
  }, 180_000);
});
