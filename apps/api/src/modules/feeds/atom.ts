/**
 * A small Atom 1.0 (RFC 4287) writer: the feeds only need text constructs, so everything is written as escaped text
 * (`type="text"`), never as HTML, and no user text can become markup. Pure code, unit-tested in atom.spec.ts.
 */

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export interface AtomCategory {
  term: string;
  label?: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI (we use tag: URIs). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  /** Plain text; line breaks are kept. */
  content: string;
  /** Absolute URL of the page the entry is about (`<link rel="alternate">`). */
  link?: string;
  authors?: string[];
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** When the feed last changed: the newest entry's date, or any date when there is none. */
  updated: Date;
  /** The feed's own address. */
  selfUrl: string;
  /** Absolute URL of the web page the feed follows (`<link rel="alternate">`). */
  siteUrl?: string;
  /** BCP 47 language of the text, e.g. "fr". */
  lang: string;
  /** Who publishes the feed (required by Atom when an entry has no author of its own). */
  author: string;
  entries: AtomEntry[];
}

/**
 * Characters XML 1.0 does not allow at all, not even escaped: C0 controls other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF. They are dropped, not escaped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** RFC 3339 date-time in UTC, as Atom requires. */
function date(value: Date): string {
  return value.toISOString();
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

function person(kind: 'author', name: string): string {
  return `<${kind}>${element('name', name)}</${kind}>`;
}

function renderEntry(entry: AtomEntry): string {
  const lines = [
    element('id', entry.id),
    element('title', entry.title, { type: 'text' }),
    element('updated', date(entry.updated)),
    ...(entry.published ? [element('published', date(entry.published))] : []),
    ...(entry.link ? [`<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`] : []),
    ...(entry.authors ?? []).map((name) => person('author', name)),
    ...(entry.categories ?? []).map(
      (c) => `<category term="${escapeXml(c.term)}"${c.label === undefined ? '' : ` label="${escapeXml(c.label)}"`}/>`,
    ),
    element('content', entry.content, { type: 'text' }),
  ];
  return `  <entry>\n${lines.map((l) => `    ${l}`).join('\n')}\n  </entry>`;
}

/** The whole document, UTF-8, entries in the order given. */
export function renderAtom(feed: AtomFeed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, { type: 'text' })] : []),
    element('updated', date(feed.updated)),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    ...(feed.siteUrl ? [`<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`] : []),
    person('author', feed.author),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    ...head.map((l) => `  ${l}`),
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}
