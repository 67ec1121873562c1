import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createCommitted } from '../support/factories';
import { sampleExe, sampleOpenDocument, samplePdf, samplePng, zip } from '../support/sample-files';
import { createTestApi, OPERATOR_TOKEN, TestApi } from '../support/test-app';
import { ReliabilityReport } from './support/report';

const MAX_BYTES = 2 * 1024 * 1024;
const report = new ReliabilityReport('uploads');
const ODT = 'application/vnd.oasis.opendocument.text';

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => path.join(name, f)) : [name];
  });
}

/** An OpenDocument text whose content.xml expands to `expanded` bytes of zeros, declaring `declared` bytes. */
function zipBomb(expanded: number, declared = expanded): Buffer {
  const zeros = Buffer.alloc(expanded);
  const bomb = zip([
    { name: 'mimetype', data: Buffer.from(ODT, 'ascii') },
    { name: 'content.xml', data: zeros, deflate: true },
  ]);
  if (declared === expanded) return bomb;
  // Lie in both headers: the local one (after `mimetype`) and the central one.
  const local = 30 + 'mimetype'.length + ODT.length;
  bomb.writeUInt32LE(declared, local + 22);
  const central = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bomb.writeUInt32LE(declared, central + 24);
  return bomb;
}

const cases: { name: string; file: () => Buffer; fileName: string; code: string; status?: number }[] = [
  { name: 'a Windows executable renamed .pdf', file: sampleExe, fileName: 'rapport.pdf', code: 'EVIDENCE_FILE_TYPE' },
  {
    name: 'a PDF that is also a zip archive (polyglot)',
    file: () => Buffer.concat([samplePdf(), sampleOpenDocument()]),
    fileName: 'deliberation.pdf',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'a PDF carrying HTML and a script in its first bytes (PDF/HTML polyglot)',
    file: () => Buffer.concat([Buffer.from('%PDF-1.7\n<html><script>alert(document.cookie)</script>\n'), samplePdf()]),
    fileName: 'page.pdf',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'a PNG with a zip appended (image/zip polyglot)',
    file: () => Buffer.concat([samplePng(), zip([{ name: 'run.sh', data: Buffer.from('#!/bin/sh\n') }])]),
    fileName: 'photo.png',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'an OpenDocument zip bomb (200 MiB of zeros, declared)',
    file: () => zipBomb(200 * 1024 * 1024),
    fileName: 'plan.odt',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'an OpenDocument zip bomb that lies about its size (declares 1 KiB, expands to 80 MiB)',
    file: () => zipBomb(80 * 1024 * 1024, 1024),
    fileName: 'plan.odt',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'an OpenDocument with 5,000 entries',
    file: () =>
      zip([
        { name: 'mimetype', data: Buffer.from(ODT, 'ascii') },
        ...Array.from({ length: 5000 }, (_, i) => ({ name: `Pictures/${i}.png`, data: Buffer.from('x') })),
      ]),
    fileName: 'plan.odt',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'an OpenDocument with an entry named ../../../../tmp/evil.sh (zip slip)',
    file: () =>
      zip([
        { name: 'mimetype', data: Buffer.from(ODT, 'ascii') },
        { name: '../../../../tmp/evil.sh', data: Buffer.from('#!/bin/sh\n'), deflate: true },
      ]),
    fileName: 'plan.odt',
    code: 'EVIDENCE_FILE_UNSAFE',
  },
  {
    name: 'a file over EVIDENCE_MAX_BYTES',
    file: () => Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES)]),
    fileName: 'big.pdf',
    code: 'EVIDENCE_FILE_TOO_LARGE',
    status: 413,
  },
];

describe('reliability: hostile uploads', () => {
  let api: TestApi;
  let baseUrl: string;
  const root = mkdtempSync(path.join(tmpdir(), 'pacte-uploads-'));
  const storageDir = path.join(root, 'evidence');

  beforeAll(async () => {
    api = await createTestApi({ EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_STORAGE_DIR: storageDir });
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
  });
  afterAll(async () => {
    await api.close();
    report.write();
  });

  /** POST /evidence: new evidence with its file, as the operator. */
  async function create(commitmentId: string, content: Buffer, fileName: string, title = 'Pièce') {
    const form = new FormData();
    const input = { commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title, actionCodes: ['1.1'] };
    form.append('input', JSON.stringify(input));
    form.append('file', new Blob([content]), fileName);
    const response = await fetch(`${baseUrl}/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    });
    return { status: response.status, body: (await response.json()) as { id: string; code?: string } };
  }

  const evidenceCount = async (commitmentId: string): Promise<number> =>
    Number(
      (await api.dataSource.query(`SELECT count(*) AS n FROM evidence WHERE commitment_id = $1`, [commitmentId]))[0].n,
    );

  it.each(cases)('refuses $name, twice, leaving no evidence and no stored object', async (c) => {
    const content = c.file();
    const { commitmentId } = await createCommitted(api);
    const started = Date.now();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await create(commitmentId, content, c.fileName);
      expect(answer.body.code).toBe(c.code);
      expect(answer.status).toBe(c.status ?? 400);
    }
    const ms = Date.now() - started;
    expect(await evidenceCount(commitmentId)).toBe(0);
    expect(filesUnder(root).filter((f) => !f.startsWith('evidence'))).toEqual([]);
    report.add({
      tried: `${c.name}, sent twice as new evidence`,
      held: `refused with ${c.code}; no evidence record, nothing stored`,
      figures: { bytes: content.length, msForBoth: ms },
    });
  });

  it('stores a genuine file under a name of its own, whatever name the browser gave it', async () => {
    const { commitmentId } = await createCommitted(api);
    const answer = await create(commitmentId, samplePdf(), '../../../../../etc/passwd.pdf');
    expect(answer.status).toBe(201);
    expect(await evidenceCount(commitmentId)).toBe(1);
    const stored = filesUnder(root);
    expect(stored.filter((f) => f.startsWith(`evidence/${answer.body.id}/`))).toHaveLength(1);
    expect(stored.every((f) => /^evidence\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|odt|ods|odp)$/.test(f))).toBe(
      true,
    );
    // An accepted OpenDocument passes the archive checks too.
    const odt = await create(commitmentId, sampleOpenDocument(), 'plan.odt', 'Plan');
    expect(odt.status).toBe(201);
    expect(await evidenceCount(commitmentId)).toBe(2);
    report.add({
      tried: 'a genuine PDF named ../../../../../etc/passwd.pdf, and a genuine OpenDocument text',
      held: 'both stored as evidence/<evidence id>/<random id>.<type>, nothing outside the storage folder',
    });
  });
});
