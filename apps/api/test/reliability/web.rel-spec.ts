import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { samplePdf } from '../support/sample-files';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { ReliabilityReport } from './support/report';

const TOKEN = 'reliability-operator-token-0123456789';
const EVIL = 'https://evil.example';
const report = new ReliabilityReport('web');

/** What a browser adds to a request that a page of another site makes. */
const CROSS_SITE: Record<string, Record<string, string>> = {
  'Origin of another site': { origin: EVIL },
  'Sec-Fetch-Site: cross-site': { 'sec-fetch-site': 'cross-site' },
  'Sec-Fetch-Site: same-site (a sibling subdomain)': { 'sec-fetch-site': 'same-site' },
  'Origin: null (a sandboxed frame)': { origin: 'null' },
};

/** The built app, started as `npm start` starts it, on the run's database: CSRF and headers as deployed. */
describe('reliability: cross-site requests, security headers', () => {
  let app: SpawnedApp;
  let cookie: string;
  let commitmentId: string;

  const gql = async (query: string, variables: object, headers: Record<string, string>) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };
  const signedIn = async (): Promise<boolean> => (await gql(`{ me { id } }`, {}, { cookie })).body.data?.me !== null;
  const evidenceCount = async (): Promise<number> => {
    const data = await gql(
      `query($id: ID!) { collectivity(id: $id) { commitment { evidence { id } } } }`,
      { id: collectivityId },
      {},
    );
    return data.body.data.collectivity.commitment.evidence.length;
  };
  let collectivityId: string;

  beforeAll(async () => {
    app = await spawnApp({
      DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!,
      ADMIN_API_TOKEN: TOKEN,
      LOAD_DEMO: 'false',
      IMPORT_REFERENTIAL_ON_START: 'false',
      SECURE_COOKIES: 'false',
      EVIDENCE_STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'pacte-web-')),
    });
    const operator = { authorization: `Bearer ${TOKEN}` };
    const siren = `9${String(Date.now()).slice(-8)}`;
    collectivityId = (
      await gql(
        `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
        { input: { kind: 'SYNDICAT', siren, name: `Syndicat ${siren}`, departementCode: '38', population: 1000 } },
        operator,
      )
    ).body.data.createCollectivity.id;
    commitmentId = (
      await gql(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            collectivityId,
            source: 'COUNCIL_DELIBERATION',
            deliberationNumber: `D-${siren}`,
            deliberationDate: '2026-05-12',
          },
        },
        operator,
      )
    ).body.data.createCommitment.id;
    const signUp = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
        variables: {
          input: { email: `csrf.${randomUUID()}@example.org`, password: 'a long password', displayName: 'Élue CSRF' },
        },
      }),
    });
    const userId = ((await signUp.json()) as any).data.signUp.id;
    cookie = /pacte_session=[^;]+/.exec(signUp.headers.get('set-cookie') ?? '')![0];
    await gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      { input: { userId, role: 'IT_MANAGER', collectivityId } },
      operator,
    );
  });
  afterAll(async () => {
    await app?.stop();
    report.write();
  });

  it.each(Object.entries(CROSS_SITE))(
    'refuses every state-changing route from another site (%s), with or without an Authorization header',
    async (how, browser) => {
      for (const authorization of [undefined, 'Bearer not-a-token', `Bearer ${TOKEN}`]) {
        const headers = { cookie, ...browser, ...(authorization ? { authorization } : {}) };
        const mutation = await gql(`mutation { signOut }`, {}, headers);
        expect(mutation.status).toBe(403);
        expect(mutation.body.errors[0].extensions.code).toBe('CROSS_SITE_REQUEST');
        expect(await signedIn()).toBe(true);

        const form = new FormData();
        form.append(
          'input',
          JSON.stringify({ commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title: 'X', actionCodes: ['1.1'] }),
        );
        form.append('file', new Blob([samplePdf()]), 'x.pdf');
        const upload = await fetch(`${app.url}/evidence`, { method: 'POST', body: form, headers });
        expect(upload.status).toBe(403);
        expect(((await upload.json()) as any).code).toBe('CROSS_SITE_REQUEST');
        expect(await evidenceCount()).toBe(0);

        const replace = await fetch(`${app.url}/evidence/${randomUUID()}/file`, {
          method: 'POST',
          body: form,
          headers,
        });
        expect(replace.status).toBe(403);

        const logout = await fetch(`${app.url}/auth/oidc/logout`, { headers, redirect: 'manual' });
        expect(logout.status).toBe(403);
        expect(await signedIn()).toBe(true);
      }
      report.add({
        tried: `signOut (GraphQL), POST /evidence, POST /evidence/{id}/file, GET /auth/oidc/logout with the session cookie and ${how}; no Authorization, a wrong bearer token, the operator's token`,
        held: '403 CROSS_SITE_REQUEST every time; the session stays open, no evidence recorded',
      });
    },
  );

  it('lets the site itself change state, and sends its security headers on every kind of response', async () => {
    const own = new URL(app.url).origin;
    const created = await gql(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`,
      { input: { commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title: 'Ici', actionCodes: ['1.1'] } },
      { cookie, origin: own, 'sec-fetch-site': 'same-origin' },
    );
    expect(created.body.errors).toBeUndefined();
    const responses = {
      dashboard: await fetch(`${app.url}/`),
      graphql: (await gql(`{ me { id } }`, {}, {})).headers,
      health: await fetch(`${app.url}/health`),
      refused: (await gql(`mutation { signOut }`, {}, { cookie, origin: EVIL })).headers,
    };
    for (const [name, r] of Object.entries(responses)) {
      const headers = r instanceof Response ? r.headers : r;
      expect([name, headers.get('content-security-policy')]).toEqual([
        name,
        expect.stringContaining("frame-ancestors 'none'"),
      ]);
      expect([name, headers.get('x-content-type-options')]).toEqual([name, 'nosniff']);
      expect([name, headers.get('referrer-policy')]).toEqual([name, 'strict-origin-when-cross-origin']);
      expect([name, headers.get('x-powered-by')]).toEqual([name, null]);
    }
    const signedOut = await gql(`mutation { signOut }`, {}, { cookie, origin: own });
    expect(signedOut.body.data?.signOut).toBe(true);
    expect(await signedIn()).toBe(false);
    report.add({
      tried: 'the same requests from the site itself; headers of the dashboard, GraphQL, /health and a refusal',
      held: 'same-origin mutations work; CSP (frame-ancestors none), nosniff, referrer policy on all, no x-powered-by',
    });
  });
});
