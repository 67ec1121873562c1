import { fileTypeFromBuffer } from 'file-type';
import {
  sampleExe,
  sampleJpeg,
  sampleOpenDocument,
  samplePdf,
  samplePng,
  zip,
} from '../../../../test/support/sample-files';
import { contentDisposition, detectEvidenceFileType, EVIDENCE_FILE_TYPES, evidenceFileType } from './file-types';

describe('evidence file types, read from the bytes', () => {
  it.each([
    ['a PDF', samplePdf(), 'application/pdf'],
    ['a PNG', samplePng(), 'image/png'],
    ['a JPEG', sampleJpeg(), 'image/jpeg'],
    ['an OpenDocument text', sampleOpenDocument('odt'), 'application/vnd.oasis.opendocument.text'],
    ['an OpenDocument spreadsheet', sampleOpenDocument('ods'), 'application/vnd.oasis.opendocument.spreadsheet'],
    ['an OpenDocument presentation', sampleOpenDocument('odp'), 'application/vnd.oasis.opendocument.presentation'],
  ])('accepts %s as an open format', async (_, content, mimeType) => {
    const type = await detectEvidenceFileType(content);
    expect(type?.mimeType).toBe(mimeType);
    expect(type?.openFormat).toBe(true);
  });

  it('refuses a Windows executable, a plain zip, HTML and text, whatever they are called', async () => {
    expect(await detectEvidenceFileType(sampleExe())).toBeNull();
    expect(await detectEvidenceFileType(zip([{ name: 'a.txt', data: Buffer.from('hello') }]))).toBeNull();
    expect(await detectEvidenceFileType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(await detectEvidenceFileType(Buffer.from('%PD'))).toBeNull();
    expect(await detectEvidenceFileType(Buffer.from('plain text'))).toBeNull();
  });

  it('refuses an OpenDocument package whose mimetype entry is not first, which file-type alone accepts', async () => {
    const misplaced = sampleOpenDocument('odt', { mimetypeFirst: false });
    expect((await fileTypeFromBuffer(misplaced))?.mime).toBe('application/vnd.oasis.opendocument.text');
    expect(await detectEvidenceFileType(misplaced)).toBeNull();
  });

  it('refuses an OpenDocument package whose mimetype entry is compressed', async () => {
    const mime = 'application/vnd.oasis.opendocument.text';
    const compressed = zip([{ name: 'mimetype', data: Buffer.from(mime), deflate: true }]);
    expect(await detectEvidenceFileType(compressed)).toBeNull();
  });

  it('downloads documents and shows only images inline', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(contentDisposition(evidenceFileType('application/pdf')!, id)).toBe(
      `attachment; filename="evidence-${id}.pdf"`,
    );
    expect(contentDisposition(evidenceFileType('image/png')!, id)).toBe(`inline; filename="evidence-${id}.png"`);
    expect(EVIDENCE_FILE_TYPES.filter((t) => t.inline).map((t) => t.mimeType)).toEqual(['image/png', 'image/jpeg']);
  });
});

describe('malformed files', () => {
  it('refuses a zip whose deflated stream is broken instead of failing', async () => {
    const broken = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') }]);
    broken.writeUInt16LE(8, 8); // claims to be deflated, but is stored
    expect(await detectEvidenceFileType(broken)).toBeNull();
  });
});
