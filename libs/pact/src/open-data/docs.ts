import { OPEN_DATASETS, OPEN_DATA_LICENCE } from './catalogue';
import { EXPORT_FILTERS } from './filters';
import { EXPORT_FILTER_NAMES } from './types';

export const OPEN_DATA_DOCS_START =
  '<!-- open-data:start (generated from libs/pact/src/open-data: npm run docs:open-data) -->';
export const OPEN_DATA_DOCS_END = '<!-- open-data:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The datasets, their filters and columns, as the Markdown block of docs/api.md (English, French beside). */
export function openDataMarkdown(): string {
  const lines: string[] = [OPEN_DATA_DOCS_START, ''];
  lines.push(`Licence: ${OPEN_DATA_LICENCE.title.en} (\`${OPEN_DATA_LICENCE.name}\`), ${OPEN_DATA_LICENCE.path}`, '');
  lines.push('| filter | meaning |', '|---|---|');
  for (const name of EXPORT_FILTER_NAMES) lines.push(`| \`${name}\` | ${cell(EXPORT_FILTERS[name].en)} |`);
  for (const d of OPEN_DATASETS) {
    lines.push('', `#### \`${d.id}\` — ${d.title.en} (${d.title.fr})`, '', cell(d.description.en), '');
    lines.push(
      `One row: ${d.row.en}. Formats: ${d.formats.join(', ')}. Filters: ${d.filters.map((f) => `\`${f}\``).join(', ') || 'none'}.`,
      '',
    );
    lines.push('| column | type | required | meaning |', '|---|---|---|---|');
    for (const c of d.columns) {
      const values = c.enum ? ` (${c.enum.join(', ')})` : '';
      lines.push(
        `| \`${c.name}\`${c.key ? ' 🔑' : ''} | ${c.type} | ${c.required ? 'yes' : 'no'} | ${cell(c.description.en)}${values} |`,
      );
    }
  }
  lines.push('', OPEN_DATA_DOCS_END);
  return lines.join('\n');
}

/** `doc` with its generated block replaced by the current one; throws if the markers are missing. */
export function withOpenDataMarkdown(doc: string): string {
  const start = doc.indexOf(OPEN_DATA_DOCS_START);
  const end = doc.indexOf(OPEN_DATA_DOCS_END);
  if (start < 0 || end < start) throw new Error('docs/api.md lacks the open-data markers');
  return doc.slice(0, start) + openDataMarkdown() + doc.slice(end + OPEN_DATA_DOCS_END.length);
}
