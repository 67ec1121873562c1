/** The Windows-1252 bytes of characters outside Latin-1 that French spreadsheets write. */
const BEYOND_LATIN1: Record<string, number> = { '’': 0x92, '€': 0x80, œ: 0x9c, Œ: 0x8c, '…': 0x85 };

/** Text as an old spreadsheet saves it as CSV: Windows-1252 (Latin-1, plus the typographic apostrophe, €, œ…). */
export function windows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (BEYOND_LATIN1[char]) bytes.push(BEYOND_LATIN1[char]);
    else throw new Error(`not in windows-1252: ${char}`);
  }
  return Buffer.from(bytes);
}
