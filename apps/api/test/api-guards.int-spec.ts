import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  ASTNode,
  GraphQLObjectType,
  Kind,
  OperationTypeNode,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { loadConfig } from '../src/config/config';
import { armor } from '../src/common/graphql/armor';
import { declaredCost } from '../src/common/graphql/declared-cost.plugin';
import { StorableStringsRule } from '../src/common/graphql/input-hygiene';
import { ACCESS_KEY, AccessDeclaration } from '../src/common/auth/decorators';
import { printSorted } from '../src/schema/build-schema';
import { RESOLVERS } from '../src/schema/resolvers';
import { createCommitted } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

describe('API guards: access declarations, limits, schema and migrations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '2000' });
  });
  afterAll(() => api.close());

  /** Every root field with the access it declares: a change here is a permission change, review it as such. */
  function declaredAccess(): Record<string, string> {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const rootFields = new Set([
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ]);
    const result: Record<string, string> = {};
    // RESOLVERS is checked against the running schema by the schema test below.
    for (const resolver of RESOLVERS) {
      const proto = resolver.prototype as unknown as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (typeof method !== 'function') continue;
        // Set by @Query / @Mutation (not by @ResolveField, which may share a method name).
        const rootType: string | undefined = Reflect.getMetadata('graphql:resolver_type', method);
        const fieldName: string = Reflect.getMetadata('graphql:resolver_name', method) ?? name;
        if (rootType !== 'Query' && rootType !== 'Mutation') continue;
        const key = `${rootType}.${fieldName}`;
        const access: AccessDeclaration | undefined = Reflect.getMetadata(ACCESS_KEY, method);
        result[key] = !access ? 'UNDECLARED' : access.kind === 'public' ? 'public' : access.permission;
      }
    }
    for (const field of rootFields) result[field] ??= 'UNDECLARED';
    return Object.fromEntries(Object.entries(result).sort());
  }

  it('declares who may call every root field', () => {
    expect(declaredAccess()).toEqual({
      'Mutation.addEvidence': 'evidence.manage',
      'Mutation.addInventoryItem': 'inventory.manage',
      'Mutation.declareFleet': 'inventory.manage',
      'Mutation.setPooledIt': 'inventory.manage',
      'Mutation.advanceMigrationStage': 'inventory.manage',
      'Mutation.addMilestone': 'milestone.manage',
      // Signing forms are entered by moderators (their territory) and administrators.
      'Mutation.addSignatory': 'signingForm.enter',
      'Mutation.decideRoleRequest': 'role.decide',
      'Mutation.decideReviewItem': 'review.decide',
      // Anyone signed in declares a commitment; it waits in the review queue for a moderator.
      'Mutation.declareCommitment': 'commitment.declare',
      'Mutation.grantRole': 'role.grant',
      'Mutation.requestPasswordReset': 'public',
      'Mutation.requestRole': 'role.request',
      'Mutation.resetPassword': 'public',
      'Mutation.revokeRole': 'role.decide',
      'Mutation.signIn': 'public',
      'Mutation.signOut': 'account.self',
      'Mutation.signOutEverywhere': 'account.self',
      'Mutation.signUp': 'public',
      'Mutation.createCandidateList': 'signingForm.enter',
      'Mutation.createCollectivity': 'collectivity.create',
      'Mutation.createCommitment': 'commitment.manage',
      'Mutation.linkEvidence': 'evidence.manage',
      'Mutation.setListOutcome': 'candidateList.manage',
      'Mutation.setSignatoryElected': 'signatory.manage',
      'Mutation.updateActionProgress': 'progress.update',
      'Mutation.selfAssessSection': 'progress.update',
      'Mutation.updateMilestone': 'milestone.manage',
      'Mutation.followCollectivity': 'follow.manage',
      'Mutation.recordAssessment': 'assessment.record',
      'Mutation.recordSectionAssessment': 'assessment.record',
      'Mutation.replyToAssessment': 'assessment.reply',
      'Mutation.unfollowCollectivity': 'follow.manage',
      'Mutation.recordTnlLabel': 'label.record',
      'Mutation.updateInventoryItem': 'inventory.manage',
      // Evidence and milestones are edited and withdrawn by whoever may add them.
      'Mutation.updateEvidence': 'evidence.manage',
      'Mutation.unlinkEvidence': 'evidence.manage',
      'Mutation.withdrawEvidence': 'evidence.manage',
      'Mutation.withdrawMilestone': 'milestone.manage',
      // Mon compte: a signed-in person's own account; the e-mailed confirmation link works signed out.
      'Mutation.updateMyAccount': 'account.self',
      'Mutation.requestEmailChange': 'account.self',
      'Mutation.confirmEmailChange': 'public',
      'Mutation.changePassword': 'account.self',
      'Mutation.deleteMyAccount': 'account.self',
      'Query.collectivity': 'public',
      'Query.committedCollectivities': 'public',
      'Query.election': 'public',
      'Query.elections': 'public',
      'Query.mapSettings': 'public',
      'Query.me': 'public',
      'Query.nationalStatistics': 'public',
      'Query.pendingRoleRequests': 'role.decide',
      'Query.reviewItems': 'review.decide',
      'Query.pactCatalogue': 'public',
      'Query.searchCollectivities': 'public',
      'Query.softwareCatalogue': 'public',
      'Query.softwareCatalogueEntry': 'public',
      'Query.softwareUsers': 'public',
      'Query.myPersonalData': 'account.self',
    });
  });

  it('refuses every mutation to anonymous callers and to a wrong token, and changes nothing', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const mutation = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
    const input = { commitmentId, actionCode: '1.1', status: 'DONE' };
    expect(errorCode(await api.gql(mutation, { input }, { token: null }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(mutation, { input }, { token: 'not-the-operator-token-xx' }))).toBe(
      'UNAUTHENTICATED',
    );
    const data = await api.ok(`query($id: ID!) { collectivity(id: $id) { commitment { scores { overall } } } }`, {
      id: collectivityId,
    });
    expect(data.collectivity.commitment.scores.overall).toBe(0);
  });

  it('lets anonymous callers read everything public', async () => {
    const data = await api.ok(`{ pactCatalogue { edition actions { code } } elections { code } }`, {}, { token: null });
    expect(data.pactCatalogue.actions).toHaveLength(31);
    expect(data.elections.map((e: any) => e.code)).toContain('MUNICIPALES_2026');
  });

  it('refuses operations deeper than the depth limit', async () => {
    const deep = `{ collectivity(code: "38151", kind: COMMUNE) {
      epci { departement { region { departement { region { departement { name } } } } } } } }`;
    const result = await api.gql(deep);
    expect(errorCode(result)).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].message).toMatch(/depth limit of 6 exceeded, found 8/);
  });

  it('refuses operations above the complexity limit', async () => {
    const heavy = `{ searchCollectivities(query: "saint", first: 100) { nodes { name members { name code population } } } }`;
    const result = await api.gql(heavy);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets every operation of the dashboard, as it sends it, through the default limits', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const limits = loadConfig({}).graphql;
    const rules = [...specifiedRules, ...armor(limits).validationRules, StorableStringsRule];
    const known: Record<string, unknown> = { first: 20, query: 'saint', code: '38151', kind: 'COMMUNE' };
    /** A plausible value for a variable the dashboard would pass (ids, codes, page sizes). */
    const placeholder = (type: string): unknown =>
      ({ ID: randomUUID(), String: 'x', Int: 20, Float: 1, Boolean: true })[type.replace(/[![\]]/g, '')];
    const root = path.resolve(__dirname, '../../web/src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    let operations = 0;
    // Codegen reads every document together: an operation may spread a fragment another feature's file defines.
    const documents = files.map((file) => parse(readFileSync(path.join(root, file), 'utf8')));
    const fragments = new Map(
      documents.flatMap((whole) =>
        whole.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
      ),
    );
    for (const whole of documents) {
      for (const op of whole.definitions) {
        if (op.kind !== Kind.OPERATION_DEFINITION) continue;
        operations += 1;
        // The document the dashboard sends: the operation and the fragments it spreads (codegen's typed document).
        const used = new Set<string>();
        const collect = (node: ASTNode) =>
          visit(node, {
            FragmentSpread(spread) {
              if (used.has(spread.name.value)) return;
              used.add(spread.name.value);
              collect(fragments.get(spread.name.value)!);
            },
          });
        collect(op);
        const text = print({ kind: Kind.DOCUMENT, definitions: [op, ...[...used].map((n) => fragments.get(n)!)] });
        const document = parse(text, { maxTokens: limits.maxTokens });
        const errors = validate(schema, document, rules).map((e) => e.message);
        // A variable with no plausible value (an optional enum, say) is left out, as the dashboard leaves it out.
        const variables = Object.fromEntries(
          (op.variableDefinitions ?? [])
            .map((v) => [v.variable.name.value, known[v.variable.name.value] ?? placeholder(print(v.type))] as const)
            .filter(([, value]) => value !== undefined),
        );
        // Mutations return a record or two (and their input objects have no placeholder): the pages' queries are what
        // the complexity limit must let through.
        const cost =
          op.operation === OperationTypeNode.QUERY ? declaredCost(schema, document, op.name?.value, variables) : 0;
        expect({ operation: op.name?.value, errors, withinComplexity: cost <= limits.maxComplexity }).toEqual({
          operation: op.name?.value,
          errors: [],
          withinComplexity: true,
        });
      }
    }
    expect(operations).toBeGreaterThan(30);
  });

  it('batches nested reads: the number of SQL statements does not grow with the page size', async () => {
    const query = `query($first: Int) { searchCollectivities(query: "saint", first: $first) {
      nodes { name epci { name } departement { name } region { name } commitment { id } candidateLists { name } }
    } }`;
    const small = await api.countQueries(() => api.ok(query, { first: 2 }));
    const large = await api.countQueries(() => api.ok(query, { first: 40 }));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('serves exactly the schema committed in apps/api/schema.graphql', () => {
    const committed = readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');
    expect(printSorted(api.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('serves the fields that only read a property without a resolver: graphql-jit reads them inline', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const fieldsOf = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    expect(fieldsOf('Evidence').title.resolve).toBeUndefined();
    expect(fieldsOf('ActionProgress').status.resolve).toBeUndefined();
    // A field resolver stays.
    expect(fieldsOf('Collectivity').commitment.resolve).toBeInstanceOf(Function);
    // And no property resolver is left anywhere (none of the schema's fields has a default value).
    const left = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType)
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => field.resolve?.name === 'rootFieldResolver')
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(left).toEqual([]);
  });

  it('has migrations that match the entities (no drift)', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
