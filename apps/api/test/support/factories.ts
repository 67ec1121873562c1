import { randomInt } from 'node:crypto';
import type { TestApi } from './test-app';

/** A syndicat with a fresh SIREN (starting with 9, which no commune or EPCI in the referential uses). */
export async function createSyndicat(api: TestApi, name = 'Syndicat de test'): Promise<{ id: string; code: string }> {
  const siren = `9${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
  const data = await api.ok(
    `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id code } }`,
    { input: { kind: 'SYNDICAT', siren, name: `${name} ${siren}`, departementCode: '38', population: 12000 } },
  );
  return data.createCollectivity;
}

/** A committed collectivity (a syndicat whose council adopted the pact), ready for progress and evidence. */
export async function createCommitted(api: TestApi): Promise<{ collectivityId: string; commitmentId: string }> {
  const collectivity = await createSyndicat(api);
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
