import {
  buildSchema,
  Kind,
  getNamedType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
} from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKeys } from '../src/lib/graphql/cache';

const web = join(__dirname, '..');
const schema = buildSchema(readFileSync(join(web, '../api/schema.graphql'), 'utf8'));
const documents = readdirSync(join(web, 'src/features')).flatMap((feature) => {
  const dir = join(web, 'src/features', feature, 'graphql');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ file: `${feature}/graphql/${f}`, document: parse(readFileSync(join(dir, f), 'utf8')) }));
});

/** The field a record of this type is keyed by in the cache, or null when it is embedded in its parent. */
function keyField(type: GraphQLObjectType): string | null {
  const key = cacheKeys[type.name];
  if (key) return key({ __typename: type.name, code: 'x', id: 'x' }) === null ? null : 'code';
  return 'id';
}

describe('the normalised cache', () => {
  it('can key every record the dashboard asks for: each selection of a keyed type asks for its key', () => {
    const problems: string[] = [];
    for (const { file, document } of documents) {
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node) {
            const type = getNamedType(typeInfo.getType() ?? typeInfo.getParentType());
            if (!isObjectType(type) || ['Query', 'Mutation'].includes(type.name)) return;
            const key = keyField(type);
            if (key === null) return;
            // A fragment spread counts when its fragment asks for the key (the cache sees the merged selection).
            const asked = node.selections.some(
              (s) =>
                (s.kind === Kind.FIELD && s.name.value === key) ||
                (s.kind === Kind.FRAGMENT_SPREAD &&
                  documents.some(({ document: d }) =>
                    d.definitions.some(
                      (def) =>
                        def.kind === Kind.FRAGMENT_DEFINITION &&
                        def.name.value === s.name.value &&
                        def.selectionSet.selections.some((f) => f.kind === Kind.FIELD && f.name.value === key),
                    ),
                  )),
            );
            if (!asked) problems.push(`${file}: a ${type.name} without its ${key}`);
          },
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it('keys or embeds only types of the schema', () => {
    for (const name of Object.keys(cacheKeys)) expect(schema.getType(name)).toBeDefined();
  });
});
