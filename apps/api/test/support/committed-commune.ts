import type { TestApi } from './test-app';

/**
 * A real commune of the referential, committed to the pact: found if another test (or suite, running at the same
 * time on the same database) committed it already, else committed here by council deliberation.
 */
export async function committedCommune(api: TestApi, code: string): Promise<{ id: string; commitmentId: string }> {
  const read = async () =>
    (await api.ok(`{ collectivity(code: "${code}", kind: COMMUNE) { id commitment { id } } }`)).collectivity;
  const found = await read();
  if (found.commitment) return { id: found.id, commitmentId: found.commitment.id };
  const made = await api.gql(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
    input: {
      collectivityId: found.id,
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: `T-${code}`,
      deliberationDate: '2026-06-01',
    },
  });
  if (made.data) return { id: found.id, commitmentId: made.data.createCommitment.id };
  // Another suite committed it between the read and the write.
  const again = await read();
  if (!again.commitment) throw new Error(JSON.stringify(made.errors));
  return { id: again.id, commitmentId: again.commitment.id };
}
