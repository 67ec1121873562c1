import { fileTypeFromBuffer } from 'file-type';

/** A kind of file accepted as evidence. */
export interface EvidenceFileType {
  mimeType: string;
  /** Extension of the stored object and of the download's file name. */
  extension: string;
  /**
   * An open format: its specification is public and may be implemented without restriction, the definition of an
   * open standard in French law (loi n° 2004-575, article 4), and the RGI (Référentiel général d'interopérabilité)
   * lists it. Every type accepted today qualifies; the flag is what the API shows, so that a closed format accepted
   * one day is shown as such.
   */
  openFormat: boolean;
  /** The standard, for the documentation. */
  standard: string;
  /** Shown in the browser rather than downloaded (see `contentDisposition`). */
  inline: boolean;
}

const OPEN_DOCUMENT = 'application/vnd.oasis.opendocument';

export const EVIDENCE_FILE_TYPES: readonly EvidenceFileType[] = [
  { mimeType: 'application/pdf', extension: 'pdf', openFormat: true, standard: 'ISO 32000 (PDF)', inline: false },
  {
    mimeType: `${OPEN_DOCUMENT}.text`,
    extension: 'odt',
    openFormat: true,
    standard: 'ISO/IEC 26300 (OpenDocument text)',
    inline: false,
  },
  {
    mimeType: `${OPEN_DOCUMENT}.spreadsheet`,
    extension: 'ods',
    openFormat: true,
    standard: 'ISO/IEC 26300 (OpenDocument spreadsheet)',
    inline: false,
  },
  {
    mimeType: `${OPEN_DOCUMENT}.presentation`,
    extension: 'odp',
    openFormat: true,
    standard: 'ISO/IEC 26300 (OpenDocument presentation)',
    inline: false,
  },
  { mimeType: 'image/png', extension: 'png', openFormat: true, standard: 'ISO/IEC 15948 (PNG)', inline: true },
  { mimeType: 'image/jpeg', extension: 'jpg', openFormat: true, standard: 'ISO/IEC 10918 (JPEG)', inline: true },
];

const BY_MIME_TYPE = new Map(EVIDENCE_FILE_TYPES.map((t) => [t.mimeType, t]));

export function evidenceFileType(mimeType: string): EvidenceFileType | undefined {
  return BY_MIME_TYPE.get(mimeType);
}

/**
 * The type of `content`, read from its bytes (never from a name or a declared type), or null when it is not one of
 * the accepted types. `file-type` recognises the magic numbers; an OpenDocument file must in addition be a zip whose
 * first entry is `mimetype`, stored uncompressed, holding exactly its media type, as the OpenDocument packaging rules
 * require (file-type accepts the entry anywhere in the archive). A file the parser chokes on is refused too.
 */
export async function detectEvidenceFileType(content: Uint8Array): Promise<EvidenceFileType | null> {
  // A malformed file can make the parser throw (a broken zip stream, say): it is then no accepted type either.
  const detected = await fileTypeFromBuffer(content).catch(() => undefined);
  const type = detected ? BY_MIME_TYPE.get(detected.mime) : undefined;
  if (!type) return null;
  if (type.mimeType.startsWith(OPEN_DOCUMENT) && openDocumentMimeType(content) !== type.mimeType) return null;
  return type;
}

/** The content of the `mimetype` entry when it is the archive's first entry and stored, else null. */
export function openDocumentMimeType(content: Uint8Array): string | null {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== 0x04034b50) return null;
  const flags = bytes.readUInt16LE(6);
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  // Stored (method 0), with its size in the header (no data descriptor, flag bit 3), and not encrypted (bit 0).
  if (method !== 0 || (flags & 0x9) !== 0 || size === 0 || size > 200) return null;
  if (bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return null;
  const start = 30 + nameLength + extraLength;
  if (start + size > bytes.length) return null;
  return bytes.toString('latin1', start, start + size);
}

/**
 * `attachment` makes the browser save the file rather than open it in the site's origin; only images are shown
 * inline (with `nosniff` and a sandboxing CSP they can run nothing). PDF is an attachment too: a PDF can carry
 * scripts and forms that the browser's viewer runs outside the page's CSP, and some viewers refuse a sandboxed page.
 */
export function contentDisposition(type: EvidenceFileType, evidenceId: string): string {
  return `${type.inline ? 'inline' : 'attachment'}; filename="evidence-${evidenceId}.${type.extension}"`;
}
