import autocannon from 'autocannon';
import { randomInt } from 'node:crypto';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { ReliabilityReport } from './support/report';

const TOKEN = 'reliability-operator-token-0123456789';
const report = new ReliabilityReport('load');
/** 60 s at a fixed rate: 20 requests a second, one in five a write. */
const DURATION_S = 60;
const RATE = 20;

const READS = [
  `{ searchCollectivities(query: "grenoble") { nodes { code name } } }`,
  `{ nationalStatistics { commitments actionsDone averageProgress } }`,
  `{ pactCatalogue { actions { code } } }`,
  `{ searchCollectivities(query: "lyon") { nodes { code commitment { scores { overall } } } } }`,
];

/** The built app under 60 s of concurrent public reads and operator writes at a fixed rate, on loopback. */
describe('reliability: load', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnApp({
      DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!,
      ADMIN_API_TOKEN: TOKEN,
      LOAD_DEMO: 'false',
      IMPORT_REFERENTIAL_ON_START: 'false',
    });
  });
  afterAll(async () => {
    await app?.stop();
    report.write();
  });

  it('answers every request without a 5xx or a GraphQL error, at the rate sent', async () => {
    const base = randomInt(10_000_000, 80_000_000);
    let n = 0;
    const graphqlErrors: Record<string, number> = {};
    const result = await autocannon({
      url: `${app.url}/graphql`,
      connections: 8,
      overallRate: RATE,
      duration: DURATION_S,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            n += 1;
            if (n % 5 === 0) {
              const siren = `9${base + n}`;
              return {
                ...request,
                headers: { ...request.headers, authorization: `Bearer ${TOKEN}` },
                body: JSON.stringify({
                  query: `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
                  variables: {
                    input: { kind: 'SYNDICAT', siren, name: `Charge ${siren}`, departementCode: '69', population: 5 },
                  },
                }),
              };
            }
            return { ...request, body: JSON.stringify({ query: READS[n % READS.length] }) };
          },
          onResponse: (status, body) => {
            const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
            for (const e of parsed.errors ?? []) {
              const code = e.extensions?.code ?? 'unknown';
              graphqlErrors[code] = (graphqlErrors[code] ?? 0) + 1;
            }
          },
        },
      ],
    });
    const figures = {
      requests: result.requests.total,
      durationS: result.duration,
      ratePerS: RATE,
      '2xx': result['2xx'],
      non2xx: result.non2xx,
      '5xx': result['5xx'],
      errors: result.errors,
      timeouts: result.timeouts,
      latencyP50Ms: result.latency.p50,
      latencyP90Ms: result.latency.p90,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      graphqlErrors: JSON.stringify(graphqlErrors),
    };
    report.add({
      tried: `${DURATION_S} s at ${RATE} requests/s over 8 connections: public searches, statistics and catalogue reads, and one write in five (createCollectivity)`,
      held: 'no 5xx, no GraphQL error (latencies recorded here; speed is measured in bench/, not bounded in tests)',
      figures,
    });
    expect(result['5xx']).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(graphqlErrors).toEqual({});
    expect(result.requests.total).toBeGreaterThanOrEqual(DURATION_S * RATE * 0.9);
  }, 120_000);
});
