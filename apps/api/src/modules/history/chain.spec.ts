import { createHash } from 'node:crypto';
import {
  ChainEntry,
  GENESIS_HASH,
  HashedContent,
  canonicalJson,
  chainEntry,
  entryHash,
  toJsonLine,
  verifyChain,
} from './chain';

function content(id: number, after: HashedContent['after'] = { status: 'DONE' }): HashedContent {
  return {
    id: String(id),
    occurred_at: `2026-05-12T09:30:00.${String(id).padStart(3, '0')}Z`,
    actor_id: 'operator',
    actor_label: 'platform operator',
    collectivity_id: '5f0c7a4e-2b1d-4c3e-9a8b-0123456789ab',
    entity_type: 'ActionProgress',
    entity_id: `c:${id}`,
    action: 'UPDATE',
    before: null,
    after,
  };
}

/** A valid chain of `n` entries with ids 1, 3, 5… (gaps are normal: rolled-back transactions use ids). */
function chain(n: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const entry = chainEntry(prev, content(2 * i + 1, { status: 'DONE', n: i }));
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

const lines = (entries: ChainEntry[]) => entries.map(toJsonLine);

describe('canonicalJson', () => {
  it('sorts keys recursively by code unit, keeps array order, and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], B: 'x', é: 'e', _: 0.5 })).toBe(
      '{"B":"x","_":0.5,"a":[3,{"c":null,"d":true}],"b":1,"é":"e"}',
    );
  });

  it('writes strings and numbers as JSON.stringify does', () => {
    expect(canonicalJson({ s: 'a"b\\c\n\u0001 €' })).toBe('{"s":"a\\"b\\\\c\\n\\u0001 €"}');
    expect(canonicalJson([1, -0, 1.5, 1e21, 0.1 + 0.2])).toBe('[1,0,1.5,1e+21,0.30000000000000004]');
  });

  it('drops undefined properties, as JSON does, and refuses what is not JSON', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not JSON/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/not JSON/);
  });

  it('does not depend on the order in which keys were written', () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });
});

describe('entryHash', () => {
  it('is sha256 of the previous hash followed by the canonical JSON, in lowercase hex', () => {
    const c = content(1);
    const expected = createHash('sha256')
      .update(
        GENESIS_HASH +
          '{"action":"UPDATE","actor_id":"operator","actor_label":"platform operator","after":{"status":"DONE"},' +
          '"before":null,"collectivity_id":"5f0c7a4e-2b1d-4c3e-9a8b-0123456789ab","entity_id":"c:1",' +
          '"entity_type":"ActionProgress","id":"1","occurred_at":"2026-05-12T09:30:00.001Z"}',
      )
      .digest('hex');
    expect(entryHash(GENESIS_HASH, c)).toBe(expected);
    expect(chainEntry(GENESIS_HASH, c)).toEqual({ ...c, prev_hash: GENESIS_HASH, hash: expected });
  });
});

describe('verifyChain', () => {
  it('accepts a valid chain, from an array or an async stream, skipping blank lines', async () => {
    const entries = chain(5);
    expect(await verifyChain(lines(entries))).toEqual({ ok: true, count: 5, lastHash: entries[4].hash });
    async function* stream() {
      for (const line of lines(entries)) yield `${line}\n`;
      yield '';
    }
    expect(await verifyChain(stream())).toMatchObject({ ok: true, count: 5 });
    expect(await verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('detects an altered entry: the altered one is the first broken', async () => {
    const text = lines(chain(5));
    const altered = JSON.parse(text[2]);
    altered.after.status = 'NOT_STARTED';
    text[2] = JSON.stringify(altered);
    expect(await verifyChain(text)).toEqual({
      ok: false,
      count: 2,
      firstBrokenId: '5',
      line: 3,
      reason: expect.stringMatching(/hash does not match the content/),
    });
  });

  it('detects an altered entry whose hash was recomputed: the next entry is the first broken', async () => {
    const entries = chain(5);
    const forged = chainEntry(entries[1].hash, { ...entries[2], after: { status: 'NOT_STARTED' } });
    const text = lines([...entries.slice(0, 2), forged, ...entries.slice(3)]);
    expect(await verifyChain(text)).toMatchObject({ ok: false, count: 3, firstBrokenId: '7' });
  });

  it('detects an added field, and a field removed', async () => {
    const text = lines(chain(3));
    text[1] = JSON.stringify({ ...JSON.parse(text[1]), note: 'added' });
    expect(await verifyChain(text)).toMatchObject({ ok: false, firstBrokenId: '3' });
    const { actor_label: _dropped, ...rest } = chain(3)[1];
    void _dropped;
    expect(await verifyChain([lines(chain(3))[0], JSON.stringify(rest)])).toMatchObject({
      ok: false,
      firstBrokenId: '3',
    });
  });

  it('detects a removed entry, at the entry after it', async () => {
    const text = lines(chain(5));
    text.splice(1, 1);
    expect(await verifyChain(text)).toMatchObject({
      ok: false,
      count: 1,
      firstBrokenId: '5',
      reason: expect.stringMatching(/prev_hash is not the hash of the entry before it \(id 1\)/),
    });
  });

  it('detects a removed first entry', async () => {
    expect(await verifyChain(lines(chain(3)).slice(1))).toMatchObject({
      ok: false,
      count: 0,
      firstBrokenId: '3',
      reason: expect.stringMatching(/genesis/),
    });
  });

  it('detects reordered entries and a repeated entry', async () => {
    const text = lines(chain(5));
    [text[2], text[3]] = [text[3], text[2]];
    expect(await verifyChain(text)).toMatchObject({
      ok: false,
      count: 2,
      firstBrokenId: '7',
      reason: expect.stringMatching(/prev_hash/),
    });
    const repeated = lines(chain(3));
    repeated.splice(2, 0, repeated[1]);
    expect(await verifyChain(repeated)).toMatchObject({
      ok: false,
      count: 2,
      firstBrokenId: '3',
      reason: expect.stringMatching(/out of order or repeated/),
    });
  });

  it('reports lines that are not entries', async () => {
    const text = lines(chain(2));
    expect(await verifyChain([text[0], '{"id":'])).toMatchObject({ ok: false, count: 1, firstBrokenId: null, line: 2 });
    expect(await verifyChain(['[1,2]'])).toMatchObject({ ok: false, reason: 'not a JSON object' });
    expect(await verifyChain([JSON.stringify({ ...chain(1)[0], id: 1 })])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/id/),
    });
    expect(await verifyChain([JSON.stringify({ ...chain(1)[0], hash: 'ABC' })])).toMatchObject({
      ok: false,
      firstBrokenId: '1',
      reason: 'no valid "hash"',
    });
  });

  it('with partial, checks each entry and the id order but not the links', async () => {
    const subset = lines(chain(6)).filter((_, i) => i % 2 === 1);
    expect(await verifyChain(subset)).toMatchObject({ ok: false, firstBrokenId: '3' });
    expect(await verifyChain(subset, { partial: true })).toMatchObject({ ok: true, count: 3 });
    const altered = JSON.parse(subset[1]);
    altered.entity_id = 'forged';
    expect(await verifyChain([subset[0], JSON.stringify(altered)], { partial: true })).toMatchObject({
      ok: false,
      firstBrokenId: '7',
    });
  });
});
