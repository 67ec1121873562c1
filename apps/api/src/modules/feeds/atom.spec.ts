import { childOf, childrenOf, parseXml } from '../../../test/support/xml';
import { AtomFeed, escapeXml, renderAtom } from './atom';

const ATOM = 'http://www.w3.org/2005/Atom';

function feed(entries: AtomFeed['entries'], overrides: Partial<AtomFeed> = {}): AtomFeed {
  return {
    id: 'tag:pacte.example.org,2026:pacte/feeds/national',
    title: 'Pacte du Logiciel Libre',
    updated: new Date('2026-05-12T09:30:00.123Z'),
    selfUrl: 'https://pacte.example.org/feeds/national.atom?a=1&b=2',
    lang: 'fr',
    author: 'Pacte',
    entries,
    ...overrides,
  };
}

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('drops characters XML 1.0 forbids, keeps tab, line breaks, accents and astral characters', () => {
    expect(escapeXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFF\uD800f\uDC00g')).toBe('abcdefg');
    expect(escapeXml('Échirolles\t1\n2\r3 — 🐧')).toBe('Échirolles\t1\n2\r3 — 🐧');
  });
});

describe('renderAtom', () => {
  it('writes a well-formed Atom 1.0 document with the required elements', () => {
    const xml = renderAtom(
      feed([
        {
          id: 'tag:pacte.example.org,2026:pacte/audit-event/7',
          title: 'Échirolles — audit : Tenu',
          updated: new Date('2026-05-12T09:30:00.123Z'),
          published: new Date('2026-05-12T09:30:00.123Z'),
          authors: ['April'],
          categories: [{ term: 'Assessment', label: 'Audit' }],
          content: 'Ligne 1\nLigne 2',
        },
      ]),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    expect(root).toMatchObject({ uri: ATOM, local: 'feed', attributes: { 'xml:lang': 'fr' } });
    expect(childOf(root, 'id').text).toBe('tag:pacte.example.org,2026:pacte/feeds/national');
    expect(childOf(root, 'updated').text).toBe('2026-05-12T09:30:00.123Z');
    expect(childOf(root, 'link').attributes).toEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: 'https://pacte.example.org/feeds/national.atom?a=1&b=2',
    });
    expect(childOf(childOf(root, 'author'), 'name').text).toBe('Pacte');
    const [entry] = childrenOf(root, 'entry');
    expect(childOf(entry, 'title')).toMatchObject({ text: 'Échirolles — audit : Tenu', attributes: { type: 'text' } });
    expect(childOf(entry, 'content')).toMatchObject({ text: 'Ligne 1\nLigne 2', attributes: { type: 'text' } });
    expect(childOf(entry, 'category').attributes).toEqual({ term: 'Assessment', label: 'Audit' });
    expect(childOf(childOf(entry, 'author'), 'name').text).toBe('April');
    expect(childOf(entry, 'published').text).toBe('2026-05-12T09:30:00.123Z');
  });

  it('keeps hostile text as text: markup, entities, CDATA ends and forbidden characters', () => {
    const hostile = `<script>alert("x")</script> &amp; ]]> &nbsp; \u0001 '`;
    const xml = renderAtom(
      feed([{ id: 'tag:x,2026:1', title: hostile, updated: new Date(0), content: hostile, categories: [] }], {
        title: hostile,
      }),
    );
    const root = parseXml(xml);
    const expected = `<script>alert("x")</script> &amp; ]]> &nbsp;  '`;
    expect(childOf(root, 'title').text).toBe(expected);
    expect(childOf(childOf(root, 'entry'), 'title').text).toBe(expected);
    expect(childOf(childOf(root, 'entry'), 'content').text).toBe(expected);
    expect(xml).not.toContain('<script>');
  });

  it('writes an empty feed', () => {
    const root = parseXml(renderAtom(feed([])));
    expect(childrenOf(root, 'entry')).toEqual([]);
  });
});
