/** The text of an uploaded file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** null: the bytes are no text the imports read (see isNotText); `text` is then empty. */
  encoding: 'utf-8' | 'windows-1252' | null;
}

/**
 * UTF-16 (its byte-order mark, or the NUL bytes of its ASCII characters) or a binary file: read as Windows-1252 it
 * would give a report of garbled headers instead of saying what is wrong.
 */
export function isNotText(bytes: Uint8Array): boolean {
  const bom16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return bom16 || bytes.subarray(0, 4096).includes(0);
}

/**
 * Reads a file's bytes as text: UTF-8 (its byte-order mark dropped) when they are valid UTF-8, else Windows-1252
 * (a superset of latin-1 for printable text: what older spreadsheets write).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (isNotText(bytes)) return { text: '', encoding: null };
  try {
    // `fatal` makes an invalid sequence throw instead of becoming U+FFFD; the BOM is dropped by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
