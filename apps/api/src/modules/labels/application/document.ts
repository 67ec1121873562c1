/** A small structured document, rendered to Markdown and to OpenDocument text. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; items: string[] };

export interface ApplicationDocument {
  title: string;
  /** Used in the file's name. */
  slug: string;
  blocks: Block[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string, emphasis = false): Block => ({ kind: 'paragraph', text, emphasis });
export const list = (items: string[]): Block => ({ kind: 'list', items });
