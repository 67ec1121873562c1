import { randomInt } from 'node:crypto';
import type { TestApi } from './test-app';

/** A syndicat with a fresh SIREN (starting with 9, which no commune or EPCI in the referential uses). */
export async function createSyndicat(
  api: TestApi,
  name = 'Syndicat de test',
  departementCode = '38',
): Promise<{ id: string; code: string }> {
  const siren = `9${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
  const data = await api.ok(
    `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id code } }`,
    { input: { kind: 'SYNDICAT', siren, name: `${name} ${siren}`, departementCode, population: 12000 } },
  );
  return data.createCollectivity;
}

/**
 * A commune of its own (candidate lists stand only in communes): written with SQL, as the referential writes
 * communes, under a code no real commune has ("T" and eight digits), in `departementCode` and its région.
 */
export async function createCommune(
  api: TestApi,
  name = 'Commune de test',
  departementCode = '38',
  population = 1500,
): Promise<{ id: string; code: string }> {
  const code = `T${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO collectivity (code, kind, name, search_name, population, postcodes, departement_code, region_code, origin)
     SELECT $1, 'COMMUNE', $2, lower($2), $4, '{}', d.code, d.region_code, 'MANUAL'
       FROM collectivity d WHERE d.kind = 'DEPARTEMENT' AND d.code = $3
     RETURNING id`,
    [code, `${name} ${code}`, departementCode, population],
  );
  return { id: row.id, code };
}

/**
 * A committed collectivity (a syndicat whose council adopted the pact, or with `kind` COMMUNE a commune of its own),
 * ready for progress and evidence.
 */
export async function createCommitted(
  api: TestApi,
  kind: 'SYNDICAT' | 'COMMUNE' = 'SYNDICAT',
): Promise<{ collectivityId: string; commitmentId: string }> {
  const collectivity = kind === 'COMMUNE' ? await createCommune(api) : await createSyndicat(api);
  const data = await api.ok(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
    input: {
      collectivityId: collectivity.id,
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: `D-${collectivity.code}`,
      deliberationDate: '2026-05-12',
    },
  });
  return { collectivityId: collectivity.id, commitmentId: data.createCommitment.id };
}

let userCounter = 0;

/** A new account, signed in: returns its id, e-mail, password and session cookie (`pacte_session=…`). */
export async function createUser(
  api: TestApi,
  name = 'Utilisatrice',
): Promise<{ id: string; email: string; password: string; cookie: string }> {
  userCounter += 1;
  const email = `${name.toLowerCase().replace(/[^a-z]/g, '')}.${process.pid}.${Date.now()}.${userCounter}@example.org`;
  const password = 'correct horse battery staple';
  const { body, setCookie } = await api.raw(
    `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
    { input: { email, password, displayName: `${name} ${userCounter}` } },
    { token: null },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { id: body.data!.signUp.id, email, password, cookie: sessionCookie(setCookie) };
}

/** The `name=value` part of a Set-Cookie header for the session cookie. */
export function sessionCookie(setCookie: string | null): string {
  const match = /pacte_session=[^;]+/.exec(setCookie ?? '');
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return match[0];
}

/** Gives `userId` a role directly (as the operator). */
export async function grantRole(
  api: TestApi,
  userId: string,
  role: string,
  scope: { collectivityId?: string; auditScope?: string; auditScopeCode?: string } = {},
): Promise<string> {
  const data = await api.ok(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { id status } }`, {
    input: { userId, role, ...scope },
  });
  return data.grantRole.id;
}
