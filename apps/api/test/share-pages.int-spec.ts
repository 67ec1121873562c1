import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'parse5';
import { CommitmentsService } from '../src/modules/commitments/commitments.service';
import { createCommitted, createSyndicat } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';
import { childOf, childrenOf, parseXml } from './support/xml';

const PUBLIC_URL = 'https://pacte.example.org';
const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;

/** The elements of a parsed HTML document (parse5's tree), depth first. */
interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

function walk(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  for (const child of node.childNodes ?? []) walk(child, out);
  return out;
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** What a link preview or a feed reader reads from a page's head, parsed as a browser parses HTML. */
interface Head {
  lang: string | undefined;
  title: string;
  meta: Record<string, string>;
  links: { rel: string; type?: string; href: string; hreflang?: string; title?: string }[];
  /** Every element of the document, to check that nothing was injected. */
  elements: string[];
  scripts: number;
}

function readHead(html: string): Head {
  const nodes = walk(parse(html));
  const element = (name: string) => nodes.filter((n) => n.tagName === name);
  const title = element('title');
  expect(title).toHaveLength(1);
  const meta: Record<string, string> = {};
  for (const m of element('meta')) {
    const key = attr(m, 'property') ?? attr(m, 'name');
    if (key) meta[key] = attr(m, 'content') ?? '';
  }
  return {
    lang: attr(element('html')[0], 'lang'),
    title: (title[0].childNodes ?? []).map((c) => c.value ?? '').join(''),
    meta,
    links: element('link').map((l) => ({
      rel: attr(l, 'rel') ?? '',
      type: attr(l, 'type'),
      href: attr(l, 'href') ?? '',
      hreflang: attr(l, 'hreflang'),
      title: attr(l, 'title'),
    })),
    elements: nodes.filter((n) => n.tagName).map((n) => n.tagName!),
    scripts: element('script').length,
  };
}

function feedsOf(head: Head): string[] {
  return head.links.filter((l) => l.rel === 'alternate' && l.type === 'application/atom+xml').map((l) => l.href);
}

describe('share: each dashboard page as the API sends it (no JavaScript) has its own head', () => {
  let api: TestApi;
  let dist: string;
  let templateScripts: number;

  /** A page as a link preview fetches it: plain GET, HTML accepted, no cookie. */
  async function page(pathname: string) {
    const { port } = api.app.getHttpServer().address();
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), html, head: readHead(html) };
  }

  beforeAll(async () => {
    // The dashboard's own index.html (the template the build keeps the head of), served as a build would be.
    dist = mkdtempSync(path.join(tmpdir(), 'pacte-share-'));
    copyFileSync(path.resolve(__dirname, '../../web/index.html'), path.join(dist, 'index.html'));
    api = await createTestApi({ PUBLIC_URL }, { dashboardDir: dist });
    templateScripts = (await page('/')).head.scripts;
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('home: title, description, OpenGraph in French, canonical, the national feed; English with ?lang=en', async () => {
    const fr = await page('/');
    expect(fr.status).toBe(200);
    expect(fr.type).toMatch(/^text\/html/);
    expect(fr.head.lang).toBe('fr');
    expect(fr.head.title).toBe('Pacte du Logiciel Libre — suivi des engagements');
    expect(fr.head.meta.description).toMatch(/^Suivi des engagements du Pacte du Logiciel Libre 2026/);
    expect(fr.head.meta['og:title']).toBe(fr.head.title);
    expect(fr.head.meta['og:description']).toBe(fr.head.meta.description);
    expect(fr.head.meta['og:url']).toBe(`${PUBLIC_URL}/`);
    expect(fr.head.meta['og:type']).toBe('website');
    expect(fr.head.meta['og:locale']).toBe('fr_FR');
    expect(fr.head.links).toContainEqual(expect.objectContaining({ rel: 'canonical', href: `${PUBLIC_URL}/` }));
    expect(fr.head.links).toContainEqual(
      expect.objectContaining({ rel: 'alternate', hreflang: 'en', href: `${PUBLIC_URL}/?lang=en` }),
    );
    expect(feedsOf(fr.head)).toEqual([`${PUBLIC_URL}/feeds/national.atom`]);
    // One description, one title: the template's are replaced, not doubled.
    expect(fr.head.elements.filter((e) => e === 'title')).toHaveLength(1);
    expect(fr.html.match(/name="description"/g)).toHaveLength(1);

    const en = await page('/?lang=en');
    expect(en.head.lang).toBe('en');
    expect(en.head.title).toBe('Free Software Pact — commitment tracker');
    expect(en.head.meta['og:locale']).toBe('en_GB');
    expect(en.head.meta['og:url']).toBe(`${PUBLIC_URL}/?lang=en`);
    expect(en.head.links).toContainEqual(expect.objectContaining({ rel: 'canonical', href: `${PUBLIC_URL}/?lang=en` }));
  });

  it('a committed collectivity: its name, département, "n / 31 actions", its feed and its badge', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const { collectivity } = await api.ok(`query($id: ID!) { collectivity(id: $id) { code name } }`, {
      id: collectivityId,
    });
    const before = await page(`/collectivite/syndicat/${collectivity.code}`);
    expect(before.status).toBe(200);
    expect(before.head.title).toBe(`${collectivity.name} — 0 / 31 actions — Pacte du Logiciel Libre`);

    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.1', status: 'DONE' } });
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '2.1', status: 'DONE' } });
    const fr = await page(`/collectivite/syndicat/${collectivity.code}`);
    expect(fr.head.title).toBe(`${collectivity.name} — 2 / 31 actions — Pacte du Logiciel Libre`);
    expect(fr.head.meta.description).toContain(`${collectivity.name} (syndicat, Isère (38)) : engagée`);
    expect(fr.head.meta.description).toContain('2 / 31 actions réalisées');
    expect(fr.head.meta['og:type']).toBe('article');
    expect(fr.head.meta['og:url']).toBe(`${PUBLIC_URL}/collectivite/syndicat/${collectivity.code}`);
    expect(fr.head.meta['og:image']).toBe(`${PUBLIC_URL}/badges/${collectivity.code}.svg`);
    expect(feedsOf(fr.head)).toEqual([
      `${PUBLIC_URL}/feeds/national.atom`,
      `${PUBLIC_URL}/feeds/collectivity/${collectivityId}.atom`,
    ]);

    const en = await page(`/collectivite/SYNDICAT/${collectivity.code}/?lang=en`);
    expect(en.head.meta.description).toContain('committed to the 2026 Free Software Pact, 2 / 31 actions done');
    // The permalink, whatever the spelling of the address asked for.
    expect(en.head.meta['og:url']).toBe(`${PUBLIC_URL}/collectivite/syndicat/${collectivity.code}?lang=en`);
  });

  it('a demo commitment’s page says it is fictional in its title and description, in both languages', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const { collectivity } = await api.ok(`query($id: ID!) { collectivity(id: $id) { code name } }`, {
      id: collectivityId,
    });
    await api.app.get(CommitmentsService).markDemo(commitmentId);
    const fr = await page(`/collectivite/syndicat/${collectivity.code}`);
    expect(fr.head.title).toBe(`[Démo] ${collectivity.name} — 0 / 31 actions — Pacte du Logiciel Libre`);
    expect(fr.head.meta.description).toMatch(/^Démonstration, données fictives\. /);
    const en = await page(`/collectivite/syndicat/${collectivity.code}?lang=en`);
    expect(en.head.meta.description).toMatch(/^Demonstration, fictional data\. /);
  });

  it('a collectivity that is not committed says so; territory pages name the territory', async () => {
    const commune = await page('/collectivite/commune/73065');
    expect(commune.status).toBe(200);
    expect(commune.head.title).toBe('Chambéry — Pacte du Logiciel Libre');
    expect(commune.head.meta.description).toBe(
      'Chambéry (commune, Savoie (73)) : pas engagée dans le Pacte du Logiciel Libre 2026.',
    );
    expect(feedsOf(commune.head)).toHaveLength(2);

    const departement = await page('/collectivite/departement/38');
    expect(departement.head.title).toMatch(/^Isère — /);
    expect(departement.head.meta.description).toMatch(/^Isère \(département, 38\)/);
    const region = await page('/collectivite/region/84?lang=en');
    expect(region.head.title).toMatch(/^Auvergne-Rhône-Alpes — /);
    expect(region.head.meta.description).toMatch(/^Auvergne-Rhône-Alpes \(région, 84\)/);
    const epci = await page('/collectivite/metropole/200040715');
    expect(epci.head.title).toMatch(/^Grenoble-Alpes-Métropole — /);
  });

  it('the lists pages, the election pages and the open-data page have their own titles', async () => {
    const expectations: [string, string, RegExp][] = [
      ['/collectivites-engagees', 'Collectivités engagées — Pacte du Logiciel Libre', /filtrées par région/],
      ['/collectivites-engagees?region=84&lang=en', 'Committed collectivities — Free Software Pact', /by région/],
      ['/recherche', 'Rechercher une collectivité — Pacte du Logiciel Libre', /code INSEE/],
      ['/elections', 'Élections — Pacte du Logiciel Libre', /listes candidates/],
      ['/elections/commune/38185', 'Élections — Grenoble — Pacte du Logiciel Libre', /^Grenoble \(commune, Isère/],
      ['/donnees-ouvertes', 'Données ouvertes — Pacte du Logiciel Libre', /Licence Ouverte 2\.0/],
    ];
    for (const [pathname, title, description] of expectations) {
      const { status, head } = await page(pathname);
      expect({ pathname, status, title: head.title }).toEqual({ pathname, status: 200, title });
      expect(head.meta.description).toMatch(description);
      expect(head.meta['og:title']).toBe(title);
    }
    const signIn = await page('/connexion');
    expect(signIn.head.meta.robots).toBe('noindex');
  });

  it('an unknown code or page answers 404 with a page that says so', async () => {
    for (const pathname of ['/collectivite/commune/99999', '/collectivite/planete/38185', '/nulle-part']) {
      const { status, head, html } = await page(pathname);
      expect({ pathname, status }).toEqual({ pathname, status: 404 });
      expect(head.title).toBe('Page introuvable — Pacte du Logiciel Libre');
      expect(head.meta.robots).toBe('noindex');
      // Still the dashboard, which shows its own "not found" page.
      expect(html).toContain('<div id="root"></div>');
    }
    expect((await page('/nulle-part?lang=en')).head.title).toBe('Page not found — Free Software Pact');
  });

  it('escapes everything: a name with < " & and an address with markup stay text', async () => {
    const hostile = `</title><script>alert(1)</script> "x" & 'y' <meta property="og:title" content="pwned">`;
    const syndicat = await createSyndicat(api, hostile);
    await api.ok(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
      input: {
        collectivityId: syndicat.id,
        source: 'COUNCIL_DELIBERATION',
        deliberationNumber: `D-${syndicat.code}`,
        deliberationDate: '2026-05-12',
      },
    });
    const { status, head } = await page(`/collectivite/syndicat/${syndicat.code}`);
    expect(status).toBe(200);
    const name = `${hostile} ${syndicat.code}`;
    expect(head.title).toBe(`${name} — 0 / 31 actions — Pacte du Logiciel Libre`);
    expect(head.meta['og:title']).toBe(head.title);
    expect(head.meta.description.startsWith(`${name} (syndicat`)).toBe(true);
    expect(head.scripts).toBe(templateScripts);
    expect(head.elements.filter((e) => e === 'title')).toHaveLength(1);
    expect(feedsOf(head)[1]).toBe(`${PUBLIC_URL}/feeds/collectivity/${syndicat.id}.atom`);

    const probe = await page(`/collectivite/commune/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(probe.status).toBe(404);
    expect(probe.head.scripts).toBe(templateScripts);
    const other = await page(`/%22%3E%3Cscript%3Ealert(1)%3C/script%3E?lang=%22%3E%3Cb%3E`);
    expect(other.status).toBe(404);
    expect(other.head.scripts).toBe(templateScripts);
    expect(other.head.elements).not.toContain('b');
  });

  it('Atom entries link to their collectivity page, absolute from PUBLIC_URL', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const { collectivity } = await api.ok(`query($id: ID!) { collectivity(id: $id) { code } }`, { id: collectivityId });
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.2', status: 'IN_PROGRESS' } });
    const { port } = api.app.getHttpServer().address();
    const permalink = `${PUBLIC_URL}/collectivite/syndicat/${collectivity.code}`;
    for (const feedPath of [`/feeds/collectivity/${collectivityId}.atom`, '/feeds/national.atom']) {
      const feed = parseXml(await (await fetch(`http://127.0.0.1:${port}${feedPath}`)).text());
      const links = childrenOf(feed, 'link').map((l) => l.attributes);
      expect(links).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: `${PUBLIC_URL}${feedPath}` });
      const entries = childrenOf(feed, 'entry');
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const link = childOf(entry, 'link').attributes;
        expect(link.rel).toBe('alternate');
        expect(link.href.startsWith(`${PUBLIC_URL}/collectivite/`)).toBe(true);
      }
      expect(entries.map((e) => childOf(e, 'link').attributes.href)).toContain(permalink);
    }
  });
});
