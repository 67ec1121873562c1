/**
 * Cell readers shared by the importers: what people type in spreadsheets, read leniently but never guessed.
 */

/** A date as `YYYY-MM-DD` from `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (one-digit day or month
 * accepted), or a spreadsheet's `YYYY-MM-DD HH:MM[:SS]`; null when it is none of them (the calendar check is the
 * rulebook's `isoDate`). */
export function readDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (match) return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return null;
}

/** A whole number ("12", "12,0", "12.0"); null when the cell is not one. */
export function readInteger(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (!/^-?\d+(\.0+)?$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

/** A list in one cell: items separated by `,` `;` or `|`, trimmed, empty ones dropped. */
export function readList(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A French postcode as typed: a spreadsheet drops the leading zero ("1000" for 01000). */
export function readPostcode(text: string): string {
  const value = text.trim().replace(/\s/g, '');
  return /^\d{4}$/.test(value) ? `0${value}` : value;
}

/** An INSEE commune code as typed: a spreadsheet drops the leading zero ("1004" for 01004); 2A/2B in capitals. */
export function readInseeCode(text: string): string {
  const value = text.trim().toUpperCase();
  return /^\d{4}$/.test(value) ? `0${value}` : value;
}
