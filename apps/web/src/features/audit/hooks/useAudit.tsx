import { createContext, useContext, useMemo } from 'react';
import { CollectivityAuditDocument, type CollectivityAuditQuery } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';

type AuditedCommitment = NonNullable<CollectivityAuditQuery['collectivity']['commitment']>;
export type AuditedScores = AuditedCommitment['auditedScores'];
export type AssessmentEntry = AuditedCommitment['actions'][number]['assessments'][number];

export interface Audit {
  scores: AuditedScores | undefined;
  /** The current verdict of each auditor, by action code. */
  byAction: ReadonlyMap<string, AssessmentEntry[]>;
}

export const AuditContext = createContext<Audit>({ scores: undefined, byAction: new Map() });

export function useAuditContext(): Audit {
  return useContext(AuditContext);
}

/** The auditors' verdicts and audited scores of a collectivity, in their own query (kept apart from self-declared). */
export function useAudit(collectivityId: string): Audit {
  // A verdict or an edit invalidates the commitment in the cache, and this asks again.
  const { data } = useQuery(CollectivityAuditDocument, { id: collectivityId }, { keepPreviousData: true });
  return useMemo(() => {
    const commitment = data?.collectivity.id === collectivityId ? data.collectivity.commitment : undefined;
    return {
      scores: commitment?.auditedScores,
      byAction: new Map((commitment?.actions ?? []).map((a) => [a.actionCode, a.assessments])),
    };
  }, [data, collectivityId]);
}
