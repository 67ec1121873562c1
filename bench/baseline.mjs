// The baselines of `npm run bench`: raw SQL that returns the data of the dashboard's documents, one statement each
// (PostgreSQL builds the JSON), run through plain `pg` by the bench itself and by the bare node:http server.

/**
 * The collectivity page (CollectivityPage): the place, its commitment, every action's progress, milestones, and each
 * action's first page of evidence (the newest five, and how many there are).
 */
export const COLLECTIVITY_PAGE_SQL = `
SELECT json_build_object(
  'id', c.id, 'kind', c.kind, 'code', c.code, 'name', c.name, 'population', c.population,
  'postcodes', c.postcodes, 'siren', c.siren,
  'departement', (SELECT json_build_object('id', d.id, 'kind', d.kind, 'code', d.code, 'name', d.name)
                    FROM collectivity d WHERE d.kind = 'DEPARTEMENT' AND d.code = c.departement_code),
  'region', (SELECT json_build_object('id', r.id, 'kind', r.kind, 'code', r.code, 'name', r.name)
               FROM collectivity r WHERE r.kind = 'REGION' AND r.code = c.region_code),
  'epci', (SELECT json_build_object('id', e.id, 'kind', e.kind, 'code', e.code, 'name', e.name)
             FROM collectivity e WHERE e.id = c.epci_id),
  'commitment', (
    SELECT json_build_object(
      'id', m.id, 'edition', m.edition, 'source', m.source, 'committedOn', m.committed_on,
      'deliberationNumber', m.deliberation_number, 'deliberationDate', m.deliberation_date, 'demo', m.demo,
      'candidateList', (SELECT json_build_object('id', l.id, 'name', l.name, 'headOfList', l.head_of_list,
                                                 'parties', l.parties, 'outcome', l.outcome,
                                                 'election', json_build_object('code', el.code, 'name', el.name))
                          FROM candidate_list l JOIN election el ON el.id = l.election_id
                         WHERE l.id = m.candidate_list_id),
      'progress', (SELECT coalesce(json_agg(json_build_object(
                           'actionCode', p.action_code, 'status', p.status, 'progressOverride', p.progress_override,
                           'targetDate', p.target_date, 'owner', p.owner, 'justification', p.justification,
                           'updatedAt', p.updated_at, 'version', p.version) ORDER BY p.action_code), '[]')
                     FROM action_progress p WHERE p.commitment_id = m.id),
      'milestones', (SELECT coalesce(json_agg(json_build_object(
                             'id', s.id, 'actionCode', s.action_code, 'title', s.title, 'description', s.description,
                             'date', s.date, 'reached', s.reached, 'version', s.version) ORDER BY s.date, s.id), '[]')
                       FROM milestone s WHERE s.commitment_id = m.id),
      -- Each action's first page of evidence, as the page asks for it (evidencePage(first: 5)): the newest five and the
      -- count of all, keyed by action code, read from the links' index in page order (ix_evidence_action_rank), as the
      -- product reads them.
      'evidence', (SELECT coalesce(json_object_agg(k.action_code, json_build_object('totalCount', k.total, 'nodes', (
                     SELECT json_agg(json_build_object(
                              'id', v.id, 'kind', v.kind, 'title', v.title, 'description', v.description,
                              'date', v.date, 'url', v.url, 'version', v.version,
                              'fileMimeType', v.file_mime_type, 'fileSize', v.file_size,
                              'actionCodes', (SELECT array_agg(x.action_code ORDER BY x.action_code)
                                                FROM evidence_action x WHERE x.evidence_id = v.id))
                              ORDER BY f.date DESC, f.created_at DESC, f.evidence_id DESC)
                       FROM (SELECT a.evidence_id, a.date, a.created_at FROM evidence_action a
                              WHERE a.commitment_id = m.id AND a.action_code = k.action_code
                              ORDER BY a.date DESC, a.created_at DESC, a.evidence_id DESC LIMIT 5) f
                       JOIN evidence v ON v.id = f.evidence_id))), '{}')
                     FROM (SELECT a.action_code, count(*) AS total FROM evidence_action a
                            WHERE a.commitment_id = m.id GROUP BY a.action_code) k))
      FROM commitment m WHERE m.collectivity_id = c.id AND m.edition = '2026')
)::text AS page
  FROM collectivity c WHERE c.kind = $1 AND c.code = $2`;

/** The national overview's figures (NationalOverview), from the tables (the timeline is not recomputed here). */
export const OVERVIEW_SQL = `
SELECT json_build_object(
  'commitments', (SELECT count(*) FROM commitment WHERE edition = '2026'),
  'signatories', (SELECT count(*) FROM signatory),
  'signingLists', (SELECT count(DISTINCT candidate_list_id) FROM signatory),
  'actionsDone', (SELECT count(*) FROM action_progress p JOIN commitment m ON m.id = p.commitment_id
                   WHERE m.edition = '2026' AND p.status = 'DONE'),
  'commitmentsBySource', (SELECT json_object_agg(source, n) FROM
                            (SELECT source, count(*) AS n FROM commitment WHERE edition = '2026' GROUP BY source) s),
  'byRegion', (SELECT json_object_agg(region_code, n) FROM
                 (SELECT c.region_code, count(*) AS n FROM commitment m JOIN collectivity c ON c.id = m.collectivity_id
                   WHERE m.edition = '2026' AND c.region_code IS NOT NULL GROUP BY c.region_code) r)
)::text AS overview`;

/**
 * What both sides of the collectivity page must agree on: each action's status, the milestones, and each action's
 * first page of evidence (its ids in order, and the count of all).
 */
export function pageFacts(page) {
  if (!page?.commitment) return { commitment: null };
  const c = page.commitment;
  const evidence = {};
  if (c.progress) {
    // baseline shape
    const status = Object.fromEntries(c.progress.map((p) => [p.actionCode, p.status]));
    for (const [code, p] of Object.entries(c.evidence))
      evidence[code] = { total: p.totalCount, ids: p.nodes.map((e) => e.id) };
    return { commitment: c.id, status, milestones: c.milestones.map((m) => m.id).sort(), evidence };
  }
  const status = {};
  const milestones = [];
  for (const a of c.actions) {
    if (a.version > 0) status[a.actionCode] = a.status;
    for (const m of a.milestones ?? []) milestones.push(m.id);
    const p = a.evidencePage;
    if (p.totalCount > 0) evidence[a.actionCode] = { total: p.totalCount, ids: p.nodes.map((e) => e.id) };
  }
  return { commitment: c.id, status, milestones: [...new Set(milestones)].sort(), evidence };
}

const sorted = (object) => JSON.stringify(Object.fromEntries(Object.entries(object).sort()));

/** Null when they agree, else what differs. */
export function comparePages(product, baseline) {
  const p = pageFacts(product);
  const b = pageFacts(baseline);
  if (p.commitment !== b.commitment) return `commitment ${p.commitment} ≠ ${b.commitment}`;
  if (!p.commitment) return null;
  if (sorted(p.status) !== sorted(b.status)) return 'action statuses differ';
  if (JSON.stringify(p.milestones) !== JSON.stringify(b.milestones)) return 'milestones differ';
  if (sorted(p.evidence) !== sorted(b.evidence)) return 'evidence pages differ';
  return null;
}

/** The overview's figures both sides must agree on. */
export function compareOverviews(product, baseline) {
  const s = product.nationalStatistics;
  const checks = [
    ['commitments', s.commitments, baseline.commitments],
    ['signatories', s.signatories, baseline.signatories],
    ['signingLists', s.signingLists, baseline.signingLists],
    ['actionsDone', s.actionsDone, baseline.actionsDone],
    [
      'commitmentsBySource',
      JSON.stringify(Object.fromEntries(s.commitmentsBySource.map((x) => [x.key, x.count]).sort())),
      JSON.stringify(Object.fromEntries(Object.entries(baseline.commitmentsBySource ?? {}).sort())),
    ],
    [
      'byRegion',
      JSON.stringify(
        Object.fromEntries(
          s.byRegion
            .filter((x) => x.commitments > 0)
            .map((x) => [x.key, x.commitments])
            .sort(),
        ),
      ),
      JSON.stringify(Object.fromEntries(Object.entries(baseline.byRegion ?? {}).sort())),
    ],
  ];
  const differ = checks.filter(([, a, b]) => a !== b).map(([name, a, b]) => `${name}: ${a} ≠ ${b}`);
  return differ.length ? differ.join('; ') : null;
}
