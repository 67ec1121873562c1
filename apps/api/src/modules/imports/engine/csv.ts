import { parse } from 'csv-parse/sync';

/** A data row of a CSV file: its line in the file (the header is line 1) and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: ',' | ';' | '\t';
  header: string[];
  rows: CsvRow[];
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (comma when none). */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Parses CSV text (RFC 4180 quoting; comma, semicolon or tab; CRLF or LF) with csv-parse. Blank lines are skipped;
 * a row may have fewer or more cells than the header (the engine reports it). Throws csv-parse's error, with its
 * line, on broken quoting.
 */
export function parseCsv(text: string): CsvTable {
  const separator = detectSeparator(text);
  const records = parse(text, {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length === 0) return { separator, header: [], rows: [] };
  const [first, ...rest] = records;
  return {
    separator,
    header: first.record.map((cell) => cell.trim()),
    rows: rest
      // A row of empty cells (a spreadsheet's trailing ";;;;") is a blank line.
      .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
      .map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
