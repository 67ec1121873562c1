import type { ImportReport } from '@pacte/pact';
import { formatReport } from './import-report';

const report = (over: Partial<ImportReport>): ImportReport => ({
  kind: 'signatures',
  dryRun: true,
  written: false,
  fileHash: 'h',
  encoding: 'windows-1252',
  separator: ';',
  rows: 40,
  created: 0,
  updated: 0,
  unchanged: 0,
  refused: 0,
  problems: [],
  ...over,
});

describe('the command line’s import report', () => {
  it('counts what a dry run would do, and the refused rows', () => {
    const text = formatReport(
      report({
        created: 38,
        refused: 1,
        problems: [{ line: 7, column: 'Commune', value: 'Nulle-Part', code: 'UNKNOWN_COMMUNE', severity: 'error' }],
      }),
      'signatures.csv',
    ).split('\n');
    expect(text.slice(0, 3)).toEqual([
      'signatures.csv: 40 rows (windows-1252, separator ";")',
      'dry run: 38 to create, 0 to update, 0 unchanged, 1 row refused; nothing written',
      'ERROR line 7, column "Commune" [Nulle-Part]: UNKNOWN_COMMUNE',
    ]);
  });

  it('says a file refused before its rows were examined was refused as a whole, not "0 refused"', () => {
    const text = formatReport(
      report({
        problems: [{ line: 1, column: 'Commune', value: null, code: 'MISSING_COLUMN', severity: 'error' }],
      }),
      'sans-commune.csv',
    ).split('\n');
    expect(text[1]).toBe('refused as a whole before its rows were examined; nothing written');
    expect(text[2]).toBe('ERROR line 1, column "Commune": MISSING_COLUMN');
    expect(text.join('\n')).not.toMatch(/0 refused/);
  });
});
