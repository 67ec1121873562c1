import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createCommitted, createUser, grantRole } from './support/factories';
import { sampleExe, sampleOpenDocument, samplePdf, samplePng } from './support/sample-files';
import { createTestApi, OPERATOR_TOKEN, TestApi } from './support/test-app';

const MAX_BYTES = 64 * 1024;
const FILE = `query($id: ID!) { collectivity(id: $id) { commitment { evidence { id file { mimeType size url openFormat } } } } }`;

describe('evidence files: upload, type from the content, size, access, download', () => {
  let api: TestApi;
  let baseUrl: string;
  const storageDir = mkdtempSync(path.join(tmpdir(), 'pacte-evidence-files-'));

  beforeAll(async () => {
    api = await createTestApi({
      EVIDENCE_MAX_BYTES: String(MAX_BYTES),
      EVIDENCE_STORAGE_DIR: storageDir,
      PUBLIC_URL: 'https://pacte.example.org',
    });
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
  });
  afterAll(() => api.close());

  /** A committed collectivity with one piece of evidence (no file yet). */
  async function evidenceOf(): Promise<{ collectivityId: string; evidenceId: string }> {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const data = await api.ok(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`, {
      input: { commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title: 'Délibération', actionCodes: ['1.1'] },
    });
    return { collectivityId, evidenceId: data.addEvidence.id };
  }

  /** POST /evidence/:id/file, multipart, as the operator (default), a user (`cookie`) or anonymously (`null`). */
  async function upload(
    evidenceId: string,
    content: Buffer,
    {
      name = 'piece.pdf',
      type = 'application/pdf',
      cookie,
      browser = {},
    }: { name?: string; type?: string; cookie?: string | null; browser?: Record<string, string> } = {},
  ): Promise<{ status: number; body: any }> {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const headers: Record<string, string> = {
      ...(cookie === undefined ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : cookie ? { cookie } : {}),
      ...browser,
    };
    const response = await fetch(`${baseUrl}/evidence/${evidenceId}/file`, { method: 'POST', body: form, headers });
    return { status: response.status, body: await response.json() };
  }

  async function fileOf(collectivityId: string, evidenceId: string) {
    const data = await api.ok(FILE, { id: collectivityId }, { token: null });
    return data.collectivity.commitment.evidence.find((e: any) => e.id === evidenceId).file;
  }

  const storedFiles = (evidenceId: string): string[] => {
    try {
      return readdirSync(path.join(storageDir, evidenceId));
    } catch {
      return [];
    }
  };

  it('stores a PDF, shows it on the evidence, records it in the history, and serves it with safe headers', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const pdf = samplePdf();
    const uploaded = await upload(evidenceId, pdf);
    expect(uploaded.status).toBe(200);
    const expected = {
      mimeType: 'application/pdf',
      size: pdf.length,
      url: `https://pacte.example.org/evidence/${evidenceId}/file`,
      openFormat: true,
    };
    expect(uploaded.body).toEqual({ id: evidenceId, file: expected });
    expect(await fileOf(collectivityId, evidenceId)).toEqual(expected);
    expect(storedFiles(evidenceId)).toHaveLength(1);

    const download = await fetch(`${baseUrl}/evidence/${evidenceId}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(pdf.length));
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="evidence-${evidenceId}.pdf"`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const history = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { history(first: 1) { entityType entityId action before after } } }`,
      { id: collectivityId },
    );
    const [entry] = history.collectivity.history;
    expect(entry).toMatchObject({ entityType: 'Evidence', entityId: evidenceId, action: 'UPDATE' });
    expect(entry.before.file).toBeUndefined();
    expect(entry.after.file).toEqual({ mimeType: 'application/pdf', size: pdf.length });
    expect(entry.after.fileSha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('replaces the file with a PNG, shown inline, and removes the replaced one from the store', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    await upload(evidenceId, samplePdf());
    const [first] = storedFiles(evidenceId);
    const png = samplePng();
    // The declared type and name say PDF: only the content counts.
    const uploaded = await upload(evidenceId, png, { name: 'scan.pdf', type: 'application/pdf' });
    expect(uploaded.status).toBe(200);
    expect((await fileOf(collectivityId, evidenceId)).mimeType).toBe('image/png');
    const files = storedFiles(evidenceId);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(first);
    expect(files[0]).toMatch(/\.png$/);
    const download = await fetch(`${baseUrl}/evidence/${evidenceId}/file`);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toBe(`inline; filename="evidence-${evidenceId}.png"`);
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
  });

  it('lets an IT manager of the collectivity upload an OpenDocument text, flagged as an open format', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const dsi = await createUser(api, 'DSI');
    await grantRole(api, dsi.id, 'IT_MANAGER', { collectivityId });
    const odt = sampleOpenDocument('odt');
    const uploaded = await upload(evidenceId, odt, {
      name: 'plan.odt',
      type: 'application/octet-stream',
      cookie: dsi.cookie,
    });
    expect(uploaded.status).toBe(200);
    expect(await fileOf(collectivityId, evidenceId)).toMatchObject({
      mimeType: 'application/vnd.oasis.opendocument.text',
      size: odt.length,
      openFormat: true,
    });
    const download = await fetch(`${baseUrl}/evidence/${evidenceId}/file`);
    expect(download.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.text');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="evidence-.*\.odt"$/);
  });

  it('refuses an executable renamed .pdf, and a zip that only pretends to be OpenDocument; keeps nothing', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const exe = await upload(evidenceId, sampleExe(), { name: 'rapport.pdf', type: 'application/pdf' });
    expect(exe.status).toBe(400);
    expect(exe.body.code).toBe('EVIDENCE_FILE_TYPE');
    expect(exe.body.accepted).toContain('application/vnd.oasis.opendocument.text');
    const misplaced = sampleOpenDocument('odt', { mimetypeFirst: false });
    expect((await upload(evidenceId, misplaced, { name: 'plan.odt' })).body.code).toBe('EVIDENCE_FILE_TYPE');
    expect(await fileOf(collectivityId, evidenceId)).toBeNull();
    expect(storedFiles(evidenceId)).toEqual([]);
  });

  it('refuses a file over EVIDENCE_MAX_BYTES, and a request without a file', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const big = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES)]);
    const tooLarge = await upload(evidenceId, big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'EVIDENCE_FILE_TOO_LARGE', maxBytes: MAX_BYTES });
    const empty = await upload(evidenceId, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('EVIDENCE_FILE_MISSING');
    expect(await fileOf(collectivityId, evidenceId)).toBeNull();
    expect(storedFiles(evidenceId)).toEqual([]);
  });

  it('refuses another collectivity’s IT manager (not found), a user without a role, and anonymous callers', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const elsewhere = await createCommitted(api);
    const otherDsi = await createUser(api, 'DSI ailleurs');
    await grantRole(api, otherDsi.id, 'IT_MANAGER', { collectivityId: elsewhere.collectivityId });
    const other = await upload(evidenceId, samplePdf(), { cookie: otherDsi.cookie });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('NOT_FOUND');

    const nobody = await createUser(api, 'Sans rôle');
    const forbidden = await upload(evidenceId, samplePdf(), { cookie: nobody.cookie });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');

    const anonymous = await upload(evidenceId, samplePdf(), { cookie: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');

    expect(await fileOf(collectivityId, evidenceId)).toBeNull();
    expect(storedFiles(evidenceId)).toEqual([]);
  });

  it('refuses an upload a browser sends from another site with the user’s cookie, and keeps nothing', async () => {
    const { collectivityId, evidenceId } = await evidenceOf();
    const dsi = await createUser(api, 'DSI visée');
    await grantRole(api, dsi.id, 'IT_MANAGER', { collectivityId });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.pacte.example.org' },
    ];
    for (const browser of crossSite) {
      const refused = await upload(evidenceId, samplePdf(), { cookie: dsi.cookie, browser });
      expect({ browser, status: refused.status, code: refused.body.code }).toEqual({
        browser,
        status: 403,
        code: 'CROSS_SITE_REQUEST',
      });
    }
    expect(await fileOf(collectivityId, evidenceId)).toBeNull();
    expect(storedFiles(evidenceId)).toEqual([]);
    // From the site itself (its PUBLIC_URL, or the host it was reached on), the same upload goes through.
    for (const origin of ['https://pacte.example.org', baseUrl]) {
      const accepted = await upload(evidenceId, samplePdf(), {
        cookie: dsi.cookie,
        browser: { origin, 'sec-fetch-site': 'same-origin' },
      });
      expect(accepted.status).toBe(200);
    }
  });

  it('answers 404 for evidence without a file or that does not exist, and 400 for a malformed id', async () => {
    const { evidenceId } = await evidenceOf();
    expect((await fetch(`${baseUrl}/evidence/${evidenceId}/file`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/evidence/00000000-0000-4000-8000-000000000000/file`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/evidence/not-a-uuid/file`)).status).toBe(400);
  });
});
