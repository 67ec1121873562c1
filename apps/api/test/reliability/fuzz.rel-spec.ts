import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { createCommitted } from '../support/factories';
import { post, RawResponse } from '../support/hostile';
import { createTestApi, OPERATOR_TOKEN, TestApi } from '../support/test-app';
import { fuzzTargets } from './support/fuzz-arbitraries';
import { ReliabilityReport } from './support/report';

/** How long the property runs, and the fewest cases it must have tried by then. */
const BUDGET_MS = 60_000;
const AT_LEAST = 1_000;
/** Calls in flight at once. */
const IN_FLIGHT = 4;

/** What a response must never be, whatever was sent. */
function failure(response: RawResponse): string | null {
  if (response.status >= 500) return `HTTP ${response.status}`;
  if (/INTERNAL_SERVER_ERROR/.test(response.text)) return 'INTERNAL_SERVER_ERROR';
  if (/\bat \S+ \(\S+:\d+:\d+\)|"stacktrace"/.test(response.text)) return 'a stack trace';
  if (response.body === null) return 'a body that is not JSON';
  return null;
}

describe('reliability — fuzzed arguments of every query and mutation', () => {
  const report = new ReliabilityReport('fuzz');
  let api: TestApi;
  let graphql: string;

  beforeAll(async () => {
    api = await createTestApi();
    graphql = `http://127.0.0.1:${api.app.getHttpServer().address().port}/graphql`;
  });
  afterAll(async () => {
    report.write();
    await api?.close();
  });

  it(
    `never answers 500, INTERNAL_SERVER_ERROR or a stack trace, for ${AT_LEAST}+ generated calls`,
    async () => {
      // The schema as a client sees it, by introspection.
      const introspection = await post(graphql, { query: getIntrospectionQuery() });
      const schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
      const { collectivityId, commitmentId } = await createCommitted(api);
      const commune = await api.ok(`{ collectivity(code: "38151", kind: COMMUNE) { id } }`);
      const known = [
        collectivityId,
        commitmentId,
        commune.collectivity.id,
        '00000000-0000-0000-0000-000000000000',
        '38151',
        '38',
        '84',
        '2026',
        '1.1',
        '7.3',
        'MUNICIPALES_2026',
        'saint',
        'LibreOffice',
        'someone@example.org',
        'a-long-enough-password',
        '2026-03-15',
        '2026-02-30',
        'https://example.org/deliberation.pdf',
        'javascript:alert(1)',
      ];
      const targets = fuzzTargets(schema, known);
      expect(targets.length).toBeGreaterThan(40);

      const seen = new Map<string, number>();
      const failures: string[] = [];
      let cases = 0;
      const call = fc.integer({ min: 0, max: targets.length - 1 }).chain((index) =>
        fc.record({
          index: fc.constant(index),
          variables: targets[index].variables,
          // Mutations as the operator (who may call everything) and as anonymous; queries anonymously.
          asOperator: targets[index].kind === 'mutation' ? fc.boolean() : fc.constant(false),
        }),
      );
      const check = async ({
        index,
        variables,
        asOperator,
      }: {
        index: number;
        variables: object;
        asOperator: boolean;
      }) => {
        const target = targets[index];
        cases += 1;
        const response = await post(
          graphql,
          { query: target.operation, variables },
          asOperator ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : {},
        );
        const code =
          response.body?.errors?.[0]?.extensions?.code ?? (response.status === 200 ? 'ok' : `HTTP ${response.status}`);
        seen.set(code, (seen.get(code) ?? 0) + 1);
        const wrong = failure(response);
        const who = asOperator ? 'the operator' : 'anonymous';
        if (wrong) failures.push(`${target.name} as ${who}: ${wrong} for ${JSON.stringify(variables).slice(0, 300)}`);
      };
      // Batches drawn by fast-check from one seed (printed, to replay a run), IN_FLIGHT calls at a time, until the
      // budget is spent: every failure met is listed, not only the first.
      const seed = Date.now();
      const deadline = performance.now() + BUDGET_MS;
      for (let batch = 0; performance.now() < deadline; batch++) {
        const calls = fc.sample(call, { numRuns: 40, seed: seed + batch });
        let next = 0;
        await Promise.all(
          Array.from({ length: IN_FLIGHT }, async () => {
            while (next < calls.length) await check(calls[next++]);
          }),
        );
      }
      const codes = [...seen.entries()].sort((a, b) => b[1] - a[1]);
      report.add({
        tried: `${cases} calls of ${targets.length} queries and mutations with generated arguments (control characters, lone surrogates, huge and empty strings, out-of-range numbers, unknown enum values and fields, nulls), mutations as the operator and as anonymous`,
        held:
          failures.length === 0
            ? 'no 5xx, no INTERNAL_SERVER_ERROR, no stack trace'
            : `${failures.length} failures, of ${[...new Set(failures.map((f) => f.split(' for ')[0]))].join('; ')}`,
        figures: { seed, ...Object.fromEntries(codes) },
      });
      // One example of each kind of failure.
      expect([...new Map(failures.map((f) => [f.split(' for ')[0], f])).values()]).toEqual([]);
      expect(cases).toBeGreaterThanOrEqual(AT_LEAST);
    },
    BUDGET_MS + 60_000,
  );
});
