import { ApplicationDocument } from './document';

/**
 * Escapes what Markdown would read as syntax in a line of text; line breaks and runs of blanks become one space, but
 * the no-break spaces of French typography (U+00A0, U+202F) stay.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/[ \t\r\n\f\v]+/g, ' ');
}

/** CommonMark: ATX headings, paragraphs, "-" lists, the emphasised paragraph in italics. */
export function renderMarkdown(document: ApplicationDocument): string {
  const parts = document.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'paragraph':
        return block.emphasis ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text);
      case 'list':
        return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}
