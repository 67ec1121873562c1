/** Hostile GraphQL documents and a raw HTTP client, shared by the hostile-input suites. */

export interface RawResponse {
  status: number;
  body: any;
  text: string;
  /** Server time from the `Server-Timing` header (ms), when present. */
  serverMs: number | null;
  /** Wall time on the client (ms), to the end of the body. */
  wallMs: number;
  /** Wall time on the client (ms) until the response's headers arrived. */
  headersMs: number;
}

/** POSTs `body` as it is (a string is sent untouched, anything else as JSON) to `url`. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });
  const headersMs = performance.now() - started;
  const text = await response.text();
  const wallMs = performance.now() - started;
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return {
    status: response.status,
    body: parsed,
    text,
    serverMs: timing ? Number(timing[1]) : null,
    wallMs,
    headersMs,
  };
}

/** The extensions.code of a response's first error. */
export function firstCode(response: RawResponse): string | undefined {
  return response.body?.errors?.[0]?.extensions?.code;
}

/** `levels` fragments, each spreading the previous one twice (the document grows linearly, its expansion doubles). */
export function fragmentExplosion(levels: number): string {
  const fragments = ['fragment F0 on Query { pactCatalogue { edition } }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query { ...F${levels} }\n${fragments.join('\n')}`;
}

/** The same, one level deeper each time: each fragment selects the previous under two fields. */
export function nestedFragmentExplosion(levels: number): string {
  const fragments = ['fragment N0 on Collectivity { name }'];
  for (let i = 1; i <= levels; i++) {
    fragments.push(`fragment N${i} on Collectivity { departement { ...N${i - 1} } region { ...N${i - 1} } }`);
  }
  return `query { collectivity(code: "38151", kind: COMMUNE) { ...N${levels} } }\n${fragments.join('\n')}`;
}

/** A fragment that spreads itself, and two that spread each other. */
export const CIRCULAR_FRAGMENTS = [
  'query { ...A }\nfragment A on Query { pactCatalogue { edition } ...A }',
  'query { ...A }\nfragment A on Query { pactCatalogue { edition } ...B }\nfragment B on Query { ...A }',
];

/** `count` aliases of the search. */
export function aliasFlood(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: searchCollectivities(query: "saint") { totalCount }`);
  return `query { ${fields.join(' ')} }`;
}

/** The same field `count` times, without aliases (merged by GraphQL into one). */
export function fieldFlood(count: number): string {
  return `query { pactCatalogue { ${Array.from({ length: count }, () => 'edition').join(' ')} } }`;
}

/** Fields nested `levels` deep through a self-referencing path. */
export function deepNesting(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `${i % 2 ? 'region' : 'departement'} { ${inner} }`;
  return `query { collectivity(code: "38151", kind: COMMUNE) { ${inner} } }`;
}

/** Introspection nested as a flood: types → fields → type → fields … */
export function introspectionFlood(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `fields { name type { ${inner} } }`;
  return `query { __schema { types { ${inner} } } }`;
}
