import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import type { GqlContext } from './context';
import { LookAhead } from './look-ahead';

const schema = buildSchema(`
  type Page { total: Int! }
  type Item { code: String!  page(first: Int = 5, offset: Int = 0): Page  other: String }
  type Query { items: [Item!]! }
`);

/** Runs `query`; the `items` resolver starts the look-ahead with its items; returns what the page load was given. */
async function started(query: string, variableValues?: Record<string, unknown>) {
  const lookAhead = new LookAhead();
  const calls: { items: readonly string[]; args: Record<string, unknown> }[] = [];
  let built = 0;
  lookAhead.register<string>('Item', 'page', (items, args) => calls.push({ items, args }));
  const ctx = {} as GqlContext;
  const result = await execute({
    schema,
    document: parse(query),
    variableValues,
    contextValue: ctx,
    rootValue: {
      items: (_args: unknown, context: GqlContext, info: GraphQLResolveInfo) => {
        const items = () => {
          built += 1;
          return ['a', 'b'];
        };
        lookAhead.start(info, 'Item', items, context);
        return [{ code: 'a' }, { code: 'b' }];
      },
    },
  });
  return { calls, built, errors: result.errors };
}

describe('LookAhead: a list starts its items’ registered loads, with the arguments the query gives them', () => {
  it('starts the load of a selected field, its defaults applied', async () => {
    expect((await started('{ items { code page { total } } }')).calls).toEqual([
      { items: ['a', 'b'], args: { first: 5, offset: 0 } },
    ]);
  });

  it('reads the arguments from variables, and finds the field in fragments, spread or inline', async () => {
    const viaFragments = await started(
      `query($n: Int) { items { ...F } } fragment F on Item { ... on Item { page(first: $n, offset: 10) { total } } }`,
      { n: 20 },
    );
    expect(viaFragments.calls).toEqual([{ items: ['a', 'b'], args: { first: 20, offset: 10 } }]);
  });

  it('starts each selection of the field once (an alias asks its own page)', async () => {
    const { calls } = await started('{ items { page { total } next: page(offset: 5) { total } } }');
    expect(calls.map((c) => c.args)).toEqual([
      { first: 5, offset: 0 },
      { first: 5, offset: 5 },
    ]);
  });

  it('starts nothing, and builds no item, for a query that does not select the field', async () => {
    expect(await started('{ items { code other } }')).toMatchObject({ calls: [], built: 0 });
    // Built once however many loads start.
    expect((await started('{ items { page { total } next: page(offset: 5) { total } } }')).built).toBe(1);
  });

  it('refuses a second registration of the same field', () => {
    const lookAhead = new LookAhead();
    lookAhead.register('Item', 'page', () => undefined);
    expect(() => lookAhead.register('Item', 'page', () => undefined)).toThrow(/registered twice/);
  });
});
