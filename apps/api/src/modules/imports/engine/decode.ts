/** The text of an uploaded file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Reads a file's bytes as text: UTF-8 (its byte-order mark dropped) when they are valid UTF-8, else Windows-1252
 * (a superset of latin-1 for printable text: what older spreadsheets write).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // `fatal` makes an invalid sequence throw instead of becoming U+FFFD; the BOM is dropped by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
