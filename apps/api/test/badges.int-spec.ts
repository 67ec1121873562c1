import { CommitmentsService } from '../src/modules/commitments/commitments.service';
import { createCommitted, createSyndicat } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';
import { XmlElement, childOf, childrenOf, parseXml } from './support/xml';

const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
const SVG = 'http://www.w3.org/2000/svg';

function texts(svg: XmlElement): string[] {
  const out: string[] = [];
  const visit = (e: XmlElement) => {
    if (e.local === 'text') out.push(e.text);
    e.children.forEach(visit);
  };
  visit(svg);
  return out;
}

describe('badges: GET /badges/{code}.svg for a committed collectivity, cached with correct invalidation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  async function get(pathname: string, headers: Record<string, string> = {}) {
    const { port } = api.app.getHttpServer().address();
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  async function committed() {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const { collectivity } = await api.ok(`query($id: ID!) { collectivity(id: $id) { code name } }`, {
      id: collectivityId,
    });
    return { collectivityId, commitmentId, code: collectivity.code as string, name: collectivity.name as string };
  }

  it('draws "Pacte du Logiciel Libre — n / 31 actions" and the three section scores, with an accessible title', async () => {
    const c = await committed();
    await api.ok(UPDATE, { input: { commitmentId: c.commitmentId, actionCode: '1.1', status: 'DONE' } });
    await api.ok(UPDATE, { input: { commitmentId: c.commitmentId, actionCode: '2.2', status: 'IN_PROGRESS' } });
    const response = await get(`/badges/${c.code}.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = parseXml(response.body);
    expect({ uri: svg.uri, local: svg.local }).toEqual({ uri: SVG, local: 'svg' });
    expect(svg.attributes.role).toBe('img');
    const title = childOf(svg, 'title');
    expect(svg.attributes['aria-labelledby']).toBe(title.attributes.id);

    // The same numbers as the collectivity's page (GraphQL scores).
    const { collectivity } = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { commitment { scores { sections { section score actionsDone } } } } }`,
      { id: c.collectivityId },
    );
    const sections: { section: number; score: number | null }[] = collectivity.commitment.scores.sections;
    const fr = (score: number | null) => (score === null ? '—' : `${String(score).replace('.', ',')} %`);
    expect(texts(svg)).toEqual([
      'Pacte du Logiciel Libre — 1 / 31 actions',
      ...sections.map((s) => `§${s.section} ${fr(s.score)}`),
    ]);
    expect(sections.map((s) => s.score)).not.toEqual([0, 0, 0]);
    expect(title.text).toBe(
      `Pacte du Logiciel Libre — ${c.name} : 1 / 31 actions réalisées (${sections
        .map((s) => `section ${s.section} : ${fr(s.score)}`)
        .join(', ')})`,
    );

    const en = parseXml((await get(`/badges/${c.code}.svg?lang=en`)).body);
    expect(texts(en)[0]).toBe('Free Software Pact — 1 / 31 actions');
    expect(childOf(en, 'title').text).toMatch(
      new RegExp(`^Free Software Pact — .*: 1 / 31 actions done \\(section 1: `),
    );
  });

  it('says on a demo commitment’s badge, in its text and its title, that it is fictional', async () => {
    const c = await committed();
    const before = parseXml((await get(`/badges/${c.code}.svg`)).body);
    expect(texts(before)[0]).toBe('Pacte du Logiciel Libre — 0 / 31 actions');
    await api.app.get(CommitmentsService).markDemo(c.commitmentId);
    const svg = parseXml((await get(`/badges/${c.code}.svg`)).body);
    expect(texts(svg)[0]).toBe('[Démo] Pacte du Logiciel Libre — 0 / 31');
    expect(childOf(svg, 'title').text).toMatch(/^Démonstration, données fictives — Pacte du Logiciel Libre — /);
    const en = parseXml((await get(`/badges/${c.code}.svg?lang=en`)).body);
    expect(texts(en)[0]).toBe('[Demo] Free Software Pact — 0 / 31');
  });

  it('sends an ETag and Cache-Control; If-None-Match answers 304 until the progress changes, then a new ETag', async () => {
    const c = await committed();
    const first = await get(`/badges/${c.code}.svg`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await get(`/badges/${c.code}.svg`);
    expect(again.headers.get('etag')).toBe(etag);
    const revalidated = await get(`/badges/${c.code}.svg`, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect((await get(`/badges/${c.code}.svg`, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    // Each language is its own representation.
    expect((await get(`/badges/${c.code}.svg?lang=en`, { 'if-none-match': etag! })).status).toBe(200);

    await api.ok(UPDATE, { input: { commitmentId: c.commitmentId, actionCode: '3.1', status: 'DONE' } });
    const changed = await get(`/badges/${c.code}.svg`, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(texts(parseXml(changed.body))[0]).toBe('Pacte du Logiciel Libre — 1 / 31 actions');
    // A change of % that moves a section score changes it too.
    const before = changed.headers.get('etag');
    await api.ok(UPDATE, { input: { commitmentId: c.commitmentId, actionCode: '3.2', status: 'PLANNED' } });
    expect((await get(`/badges/${c.code}.svg`, { 'if-none-match': before! })).status).toBe(200);
  });

  it('404 for a collectivity that is not committed, an unknown code, another extension', async () => {
    for (const pathname of [
      '/badges/73065.svg',
      '/badges/99999.svg',
      '/badges/38151.png',
      '/badges/84.svg?kind=planete',
    ]) {
      const response = await get(pathname);
      expect({ pathname, status: response.status }).toEqual({ pathname, status: 404 });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('stays valid SVG whatever the name: < " & and quotes are escaped', async () => {
    const syndicat = await createSyndicat(api, `A&B <script>alert("x")</script> 'q'`);
    await api.ok(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
      input: {
        collectivityId: syndicat.id,
        source: 'COUNCIL_DELIBERATION',
        deliberationNumber: `D-${syndicat.code}`,
        deliberationDate: '2026-05-12',
      },
    });
    const svg = parseXml((await get(`/badges/${syndicat.code}.svg`)).body);
    expect(childOf(svg, 'title').text).toContain(`A&B <script>alert("x")</script> 'q' ${syndicat.code}`);
    expect(childrenOf(svg, 'script')).toEqual([]);
  });
});
