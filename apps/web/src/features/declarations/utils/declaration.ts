import { declaredCommitmentPayload, type DeclaredCommitmentPayload } from '@pacte/pact';
import type { DeclareCommitmentInput } from '../../../generated/graphql';
import { postInputWithFile } from '../../../lib/upload';

/** The declaration form as typed. */
export interface DeclarationForm {
  source: 'LIST_MAJORITY' | 'COUNCIL_DELIBERATION';
  candidateListId: string;
  deliberationNumber: string;
  deliberationDate: string;
  documentUrl: string;
  note: string;
}

/** The input the rulebook's `commitmentDeclarationSchema` checks (and the API takes). */
export function declarationInput(collectivityId: string, f: DeclarationForm): DeclareCommitmentInput {
  const note = f.note.trim() || null;
  if (f.source === 'LIST_MAJORITY') {
    return { collectivityId, source: 'LIST_MAJORITY', candidateListId: f.candidateListId || null, note };
  }
  return {
    collectivityId,
    source: 'COUNCIL_DELIBERATION',
    deliberationNumber: f.deliberationNumber.trim() || null,
    deliberationDate: f.deliberationDate || null,
    documentUrl: f.documentUrl.trim() || null,
    note,
  };
}

/** POST /declarations (multipart: `input` as JSON and `file`): a declared deliberation with its file. */
export async function declareWithFile(
  input: DeclareCommitmentInput,
  file: File,
  doFetch: typeof fetch = fetch,
): Promise<void> {
  await postInputWithFile('/declarations', input, file, doFetch);
}

/** A review item's payload read with the rulebook's schema; null when it does not fit (shown as unreadable). */
export function declaredPayload(json: string): DeclaredCommitmentPayload | null {
  try {
    const parsed = declaredCommitmentPayload.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
