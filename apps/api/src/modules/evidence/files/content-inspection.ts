import * as yauzl from 'yauzl';
import type { EvidenceFileType } from './file-types';

/** Entries an OpenDocument package may hold (LibreOffice writes tens; a few hundred with many images). */
export const MAX_ARCHIVE_ENTRIES = 1000;
/** Bytes an OpenDocument package may expand to, all entries together (a zip bomb expands to gigabytes). */
export const MAX_ARCHIVE_EXPANDED_BYTES = 64 * 1024 * 1024;
/** How far from its end a zip's end-of-central-directory record can be (22 bytes + a 64 KiB comment). */
const ZIP_TAIL = 22 + 0xffff;
/** Browsers sniff the first 1,024 bytes of a response: HTML there could run if some day served without nosniff. */
const SNIFF_WINDOW = 1024;
const HTML_MARKERS = ['<!doctype html', '<html', '<head', '<body', '<script', '<iframe', '<svg', '<?xml-stylesheet'];
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * Why `content`, already recognised as `type` from its magic number, is refused; null when it is accepted. A
 * file is one thing only: no HTML a browser would sniff at its start, no PDF header hidden in another type, no zip
 * tucked after a PDF or an image (polyglots, which another program would open as something else). An OpenDocument
 * package is read with yauzl, a maintained zip reader: at most MAX_ARCHIVE_ENTRIES entries, no encrypted entry, no
 * entry name that is absolute or climbs out (`..`), and at most MAX_ARCHIVE_EXPANDED_BYTES once decompressed,
 * counted by actually inflating every entry (declared sizes can lie; yauzl checks them against the real ones).
 */
export async function unsafeContentReason(content: Buffer, type: EvidenceFileType): Promise<string | null> {
  const head = content.subarray(0, SNIFF_WINDOW).toString('latin1').toLowerCase();
  const html = HTML_MARKERS.find((marker) => head.includes(marker));
  if (html) return `it holds HTML (${html}) where a browser would sniff it`;
  const isZip = type.extension === 'odt' || type.extension === 'ods' || type.extension === 'odp';
  if (type.mimeType !== 'application/pdf' && head.includes('%pdf-')) return 'it is also a PDF (polyglot)';
  if (!isZip) {
    if (content.subarray(Math.max(0, content.length - ZIP_TAIL)).includes(ZIP_END)) {
      return 'it is also a zip archive (polyglot)';
    }
    return null;
  }
  return archiveProblem(content);
}

function archiveProblem(content: Buffer): Promise<string | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (reason: string | null, zipfile?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zipfile?.close();
      resolve(reason);
    };
    yauzl.fromBuffer(
      content,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true },
      (error, zipfile) => {
        if (error || !zipfile) return done(`it is not a readable zip archive (${error?.message ?? 'empty'})`);
        if (zipfile.entryCount > MAX_ARCHIVE_ENTRIES) {
          return done(`it holds ${zipfile.entryCount} entries (at most ${MAX_ARCHIVE_ENTRIES})`, zipfile);
        }
        let expanded = 0;
        zipfile.on('error', (e: Error) => done(`it is not a readable zip archive (${e.message})`, zipfile));
        zipfile.on('end', () => done(null, zipfile));
        zipfile.on('entry', (entry: yauzl.Entry) => {
          if (entry.isEncrypted()) return done(`its entry ${entry.fileName} is encrypted`, zipfile);
          if (expanded + entry.uncompressedSize > MAX_ARCHIVE_EXPANDED_BYTES) {
            return done(`it expands to more than ${MAX_ARCHIVE_EXPANDED_BYTES} bytes (zip bomb)`, zipfile);
          }
          zipfile.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return done(`its entry ${entry.fileName} cannot be read`, zipfile);
            stream.on('data', (chunk: Buffer) => {
              expanded += chunk.length;
              if (expanded > MAX_ARCHIVE_EXPANDED_BYTES) {
                stream.destroy();
                done(`it expands to more than ${MAX_ARCHIVE_EXPANDED_BYTES} bytes (zip bomb)`, zipfile);
              }
            });
            stream.on('error', (e: Error) => done(`its entry ${entry.fileName} is damaged (${e.message})`, zipfile));
            stream.on('end', () => {
              if (!settled) zipfile.readEntry();
            });
          });
        });
        zipfile.readEntry();
      },
    );
  });
}
