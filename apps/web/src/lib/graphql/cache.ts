import type { Cache, CacheExchangeOpts, Data, Variables } from '@urql/exchange-graphcache';

/**
 * The normalised cache (graphcache): how each record is keyed, and what each mutation changes in it.
 *
 * Records with an `id` are keyed by it (Collectivity, Commitment, Evidence, Milestone, InventoryItem…); an Election
 * by its `code` (the only key the dashboard asks for). Values that only exist inside their parent (a commitment's
 * scores and action progress, statistics, readiness, a criterion's status for one collectivity…) are embedded:
 * keyed by nothing, stored under their parent.
 *
 * A mutation's answer updates the records it returns; what it changes beyond them (scores, history, statistics,
 * lists) is invalidated below, and every query on screen that showed it asks the API again.
 */
const embedded = () => null;
const EMBEDDED_TYPES = [
  'ActionProgress',
  'AreaStatistics',
  'AuditedScoreSummary',
  'AuditedSectionScore',
  'AudienceInventoryFigures',
  'CollectivityPage',
  'ContractSummary',
  'CountByKey',
  'EvidenceFile',
  // A page of an action's or a commitment's evidence: stored under its parent, by its arguments.
  'EvidencePage',
  'Follow',
  'InventoryFigures',
  'InventoryShare',
  'LabelReadiness',
  'MapSettings',
  'MigrationStageChange',
  'MigrationStageStep',
  'PlannedMigrationStage',
  'NationalStatistics',
  'PactAction',
  'PactCatalogue',
  'PactSection',
  'PactStanding',
  'PooledEvidence',
  'PooledInventoryItem',
  'ProgressPoint',
  'ProposedProgressUpdate',
  'ReviewItemPage',
  'ScoreSummary',
  'SectionAverage',
  'SectionScore',
  'SectionSelfAssessment',
  'SectionStanding',
  'SoftwareCataloguePage',
  'SoftwareProvider',
  'SoftwareUser',
  'StatusCount',
  'TnlCoverage',
  // These two have an id, but it is the criterion's: its status differs from one collectivity to the next.
  'TnlCriterionResult',
  'TnlMissingCriterion',
  'TnlDomainReadiness',
  'TnlMentionReadiness',
  'TnlTierGap',
  'VerdictCount',
];

export const cacheKeys: NonNullable<CacheExchangeOpts['keys']> = {
  ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, embedded])),
  Election: (data) => (data.code as string | undefined) ?? null,
};

type Input = { input: Record<string, unknown> };
const input = (args: Variables) => (args as Input).input;

/** The collectivities the cache holds as the answer of a `collectivity(…)` query (the pages visited). */
function loadedCollectivities(cache: Cache): string[] {
  return cache
    .inspectFields('Query')
    .filter((field) => field.fieldName === 'collectivity')
    .map((field) => cache.resolve('Query', field.fieldKey))
    .filter((key): key is string => typeof key === 'string');
}

function invalidateFields(cache: Cache, entity: string, names: readonly string[]) {
  for (const field of cache.inspectFields(entity)) {
    if (names.includes(field.fieldName)) cache.invalidate(entity, field.fieldKey);
  }
}

/**
 * Something changed on a collectivity's page: its history gained an entry, and the given fields (inventory,
 * figures, labels) are asked again. `which` picks the collectivity among those loaded.
 */
function collectivityChanged(cache: Cache, which: (collectivity: string) => boolean, fields: readonly string[] = []) {
  for (const collectivity of loadedCollectivities(cache)) {
    if (which(collectivity)) invalidateFields(cache, collectivity, ['history', ...fields]);
  }
}

/** The national figures and lists of committed collectivities follow every change of progress. */
function nationalFiguresChanged(cache: Cache) {
  invalidateFields(cache, 'Query', ['nationalStatistics', 'committedCollectivities']);
}

/** A commitment's progress, evidence, milestones or verdicts changed: everything derived from it is asked again. */
function commitmentChanged(cache: Cache, commitmentId: unknown, collectivityFields: readonly string[] = []) {
  const commitment = cache.keyOfEntity({ __typename: 'Commitment', id: String(commitmentId) });
  if (!commitment) return;
  cache.invalidate(commitment);
  collectivityChanged(cache, (c) => cache.resolve(c, 'commitment') === commitment, collectivityFields);
  nationalFiguresChanged(cache);
}

/** The inventory of a collectivity changed: its figures, readiness (through its commitment) and history. */
function inventoryChanged(cache: Cache, which: (collectivity: string) => boolean) {
  for (const collectivity of loadedCollectivities(cache)) {
    if (!which(collectivity)) continue;
    invalidateFields(cache, collectivity, [
      'history',
      'inventory',
      'inventoryFigures',
      'fleet',
      'contractSummary',
      'tnlLabels',
      'pooledItBody',
      'pooledInventory',
      'pooledEvidence',
    ]);
    const commitment = cache.resolve(collectivity, 'commitment');
    if (typeof commitment === 'string') invalidateFields(cache, commitment, ['labelReadiness']);
  }
  invalidateFields(cache, 'Query', ['softwareUsers']);
}

/**
 * A record shown in lists changed in a way its own answer cannot say (its actions, or it is gone): the record is
 * invalidated, so every query that showed it asks again, and the pages' history gains an entry.
 */
function recordChanged(cache: Cache, typename: string, id: unknown) {
  cache.invalidate({ __typename: typename, id: String(id) });
  collectivityChanged(cache, anyCollectivity);
}

const byId = (cache: Cache, typename: string, id: unknown) => (collectivity: string) =>
  collectivity === cache.keyOfEntity({ __typename: typename, id: String(id) });
const holdsItem = (cache: Cache, itemId: unknown) => (collectivity: string) => {
  const item = cache.keyOfEntity({ __typename: 'InventoryItem', id: String(itemId) });
  const inventory = cache.resolve(collectivity, 'inventory');
  return Array.isArray(inventory) && (inventory as unknown[]).includes(item);
};
const anyCollectivity = () => true;

type Updater = (result: Data, args: Variables, cache: Cache) => void;

/** Signing in, up or out changes who is asking: the session, and the role requests one may see. */
const sessionChanged =
  (me: (result: Data) => Data | null): Updater =>
  (result, _args, cache) => {
    cache.link('Query', 'me', me(result));
    invalidateFields(cache, 'Query', ['pendingRoleRequests']);
  };
const signedOut = sessionChanged(() => null);

const mutationUpdates: Record<string, Updater> = {
  signIn: sessionChanged((result) => result.signIn as Data),
  signUp: sessionChanged((result) => result.signUp as Data),
  signOut: signedOut,
  signOutEverywhere: signedOut,
  resetPassword: signedOut,
  deleteMyAccount: signedOut,
  // The account's address changed (maybe in another tab): "me" is asked again.
  confirmEmailChange: (_result, _args, cache) => invalidateFields(cache, 'Query', ['me']),

  followCollectivity: (_result, _args, cache) => invalidateMe(cache, ['following']),
  unfollowCollectivity: (_result, _args, cache) => invalidateMe(cache, ['following']),
  requestRole: (_result, _args, cache) => {
    invalidateMe(cache, ['roles']);
    invalidateFields(cache, 'Query', ['pendingRoleRequests']);
  },
  decideRoleRequest: (_result, _args, cache) => invalidateFields(cache, 'Query', ['pendingRoleRequests']),
  declareCommitment: (_result, _args, cache) => invalidateMe(cache, ['declarations']),
  // Accepting may commit a collectivity (a declaration) or record a list's outcome: the queue and the pages loaded.
  decideReviewItem: (_result, _args, cache) => {
    invalidateFields(cache, 'Query', ['reviewItems']);
    collectivityChanged(cache, anyCollectivity, ['commitment', 'commitments', 'candidateLists']);
    nationalFiguresChanged(cache);
  },

  updateActionProgress: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId, ['inventory']),
  addMilestone: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  // The milestone's answer updates it where it is shown; its history entry is new.
  updateMilestone: (_result, _args, cache) => collectivityChanged(cache, anyCollectivity),
  addEvidence: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  linkEvidence: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  // Edited, unlinked or withdrawn: every list that showed the record is asked again, with the history.
  updateEvidence: (_result, args, cache) => recordChanged(cache, 'Evidence', input(args).evidenceId),
  unlinkEvidence: (_result, args, cache) => recordChanged(cache, 'Evidence', input(args).evidenceId),
  withdrawEvidence: (_result, args, cache) => recordChanged(cache, 'Evidence', input(args).evidenceId),
  withdrawMilestone: (_result, args, cache) => recordChanged(cache, 'Milestone', input(args).milestoneId),
  recordAssessment: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  selfAssessSection: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  recordSectionAssessment: (_result, args, cache) => commitmentChanged(cache, input(args).commitmentId),
  replyToAssessment: (_result, args, cache) => {
    const assessment = cache.keyOfEntity({ __typename: 'Assessment', id: String(input(args).assessmentId) });
    if (assessment) cache.invalidate(assessment, 'replies');
    collectivityChanged(cache, anyCollectivity);
  },

  addInventoryItem: (_result, args, cache) =>
    inventoryChanged(cache, byId(cache, 'Collectivity', input(args).collectivityId)),
  updateInventoryItem: (_result, args, cache) => inventoryChanged(cache, holdsItem(cache, input(args).itemId)),
  advanceMigrationStage: (_result, args, cache) => inventoryChanged(cache, holdsItem(cache, input(args).itemId)),
  declareFleet: (_result, args, cache) =>
    inventoryChanged(cache, byId(cache, 'Collectivity', input(args).collectivityId)),
  setPooledIt: (_result, args, cache) =>
    inventoryChanged(cache, byId(cache, 'Collectivity', input(args).collectivityId)),
  recordTnlLabel: (_result, args, cache) =>
    inventoryChanged(cache, byId(cache, 'Collectivity', input(args).collectivityId)),
};

function invalidateMe(cache: Cache, fields: readonly string[]) {
  const me = cache.resolve('Query', 'me');
  if (typeof me === 'string') invalidateFields(cache, me, fields);
}

export const cacheConfig: CacheExchangeOpts = {
  keys: cacheKeys,
  updates: { Mutation: mutationUpdates },
};
