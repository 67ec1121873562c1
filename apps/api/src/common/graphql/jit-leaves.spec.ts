import { buildSchema, execute, GraphQLError, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * graphql-jit is patched (patches/graphql-jit+0.8.9.patch, applied by `npm ci`'s postinstall): a leaf holding a value
 * goes straight to its serializer, and the error's locations and path are built only for a null non-null leaf or an
 * Error. These answers must stay graphql-js's, errors included, whatever the leaf holds.
 */
const schema = buildSchema(`
  enum Status { DONE, PLANNED }
  type Piece { title: String!  note: String  size: Int  status: Status!  codes: [String!]! }
  type Action { code: String!  pieces: [Piece] }
  type Query { actions: [Action]  one: Piece }
`);

const piece = (over: object) => ({
  title: 'Délibération',
  note: null,
  size: 3,
  status: 'DONE',
  codes: ['1.1'],
  ...over,
});
const rootValue = {
  actions: [
    { code: '1.1', pieces: [piece({ note: 'ok' }), piece({ size: 'twelve' })] },
    { code: '1.2', pieces: [piece({ title: null }), piece({ note: new Error('refused note') })] },
    { code: '1.3', pieces: [piece({ status: 'LOST' }), piece({ codes: ['1.3', null] })] },
    { code: null, pieces: [] },
    { code: '1.4', pieces: [piece({ title: new Error('refused title') }), null] },
  ],
  // One failing leaf per object: graphql-js stops at an object's first non-null failure, graphql-jit reports them all.
  one: piece({ size: 2 ** 40 }),
};

const DOCUMENT = parse(`{
  actions { code pieces { title note size status codes } }
  one { title note size status }
}`);

function jit(options: { debug?: boolean } = {}) {
  const compiled = compileQuery(schema, DOCUMENT, undefined, { disablingCapturingStackErrors: true, ...options });
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled.errors));
  return compiled;
}

const shown = (errors: readonly GraphQLError[] | undefined) =>
  (errors ?? [])
    .map((e) => ({ message: e.message, path: e.path, locations: e.locations }))
    .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

describe('graphql-jit’s leaves, patched: the same answers as graphql-js', () => {
  it('gives the same data and the same errors (messages, paths, locations) for values, nulls, Errors and bad values', async () => {
    const expected = await execute({ schema, document: DOCUMENT, rootValue });
    const actual = await jit().query(rootValue, {}, {});
    expect(actual.data).toEqual(expected.data);
    expect(shown(actual.errors)).toEqual(shown(expected.errors));
    // What the comparison covers: a null and an Error in non-null and nullable leaves, serializers refusing an Int,
    // an enum value and a list item, in lists two deep.
    expect(shown(expected.errors).map((e) => e.path?.join('.'))).toEqual([
      'actions.0.pieces.1.size',
      'actions.1.pieces.0.title',
      'actions.1.pieces.1.note',
      'actions.2.pieces.0.status',
      'actions.2.pieces.1.codes.1',
      'actions.3.code',
      'actions.4.pieces.0.title',
      'one.size',
    ]);
  });

  it('answers the good values alone, with no error', async () => {
    const good = { actions: [{ code: '2.1', pieces: [piece({}), piece({ note: 'n', codes: [] })] }], one: piece({}) };
    const expected = await execute({ schema, document: DOCUMENT, rootValue: good });
    const actual = await jit().query(good, {}, {});
    expect(actual).toEqual(expected);
    expect(actual.errors).toBeUndefined();
  });

  it('is the patched graphql-jit: no error location or path is written for a leaf that holds a value', () => {
    const compiled = jit({ debug: true }) as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string };
    const body = compiled.__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation ?? '';
    // `npm ci` without the postinstall (or a graphql-jit the patch does not fit) fails here.
    expect(body).toContain('(__context.leaf = ');
    expect(body).toMatch(/__context\.leaf instanceof Error\) \? __context\.serializers\.StringSerializer\(/);
  });
});
