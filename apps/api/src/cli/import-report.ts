import { importProblemText, refusedAsAWhole, type ImportReport } from '@pacte/pact';

/** The report as text: the counts, then one line per problem (line, column, value, why). */
export function formatReport(report: ImportReport, file: string): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
  const lines = [
    `${file}: ${rows(report.rows)} (${report.encoding || '?'}, separator "${report.separator === '\t' ? 'tab' : report.separator}")`,
  ];
  const counts = `${report.created} to create, ${report.updated} to update, ${report.unchanged} unchanged, ${rows(report.refused)} refused`;
  if (refusedAsAWhole(report)) lines.push('refused as a whole before its rows were examined; nothing written');
  else if (report.dryRun) lines.push(`dry run: ${counts}; nothing written`);
  else if (errors.length > 0) lines.push(`refused: ${counts}; nothing written`);
  else if (!report.written) lines.push(`nothing to change: ${rows(report.unchanged)} already up to date`);
  else lines.push(`imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`);
  for (const p of report.problems) {
    const where = [p.line === null ? 'file' : `line ${p.line}`, p.column ? `column "${p.column}"` : null]
      .filter(Boolean)
      .join(', ');
    const value = p.value ? ` [${p.value}]` : '';
    lines.push(`${p.severity === 'error' ? 'ERROR' : 'warning'} ${where}${value}: ${p.code}`);
    lines.push(`    ${importProblemText(p, 'fr')}`);
    lines.push(`    ${importProblemText(p, 'en')}`);
  }
  return lines.join('\n');
}
