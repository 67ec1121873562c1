import { useCallback, useMemo, type ReactNode } from 'react';
import { commitmentSourcesFor, compareActionCodes } from '@pacte/pact';
import { Link, useParams } from 'react-router';
import {
  CollectivityHistoryDocument,
  CollectivityMigrationDocument,
  CollectivityPageDocument,
} from '../../../generated/graphql';
import { EmptyState, ErrorMessage, Loading, useDocumentTitle } from '../../../components/ui';
import { GraphQLRequestError, useQuery, useReload } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath, electionPath, kindFromSlug } from '../../../lib/routes';
import { FollowCollectivity, RoleRequest, abilitiesOn, useSession } from '../../account';
import { AuditContext, AuditedScores, useAudit } from '../../audit';
import { DeclareCommitment } from '../../declarations';
import { EditingContext, type Editing } from '../../editing';
import { MigrationSection } from '../../migration';
import { ActionChecklist } from './ActionChecklist';
import { BadgeEmbed } from './BadgeEmbed';
import { CollectivityDownloads } from './CollectivityDownloads';
import { CollectivityHeader } from './CollectivityHeader';
import { CommitmentSummary } from './CommitmentSummary';
import { HistoryTimeline } from './HistoryTimeline';
import { HISTORY_PAGE_SIZE } from '../hooks/useHistory';
import { MandateClock } from './MandateClock';
import { PageSections } from './PageSections';
import { PactSections } from './PactSections';
import { PeerComparison } from './PeerComparison';
import { PrintFooter } from './PrintFooter';
import { ProgressSummary } from './ProgressSummary';
import { TerritoryCommitted } from './TerritoryCommitted';
import { CouncilSignatories } from './CouncilSignatories';

/** /collectivite/:kind/:code — the permalink of one collectivity and where its pledge stands. */
export default function CollectivityPage() {
  const { t } = useI18n();
  const params = useParams();
  const kind = kindFromSlug(params.kind);
  const code = params.code ?? '';
  const variables = { kind: kind ?? 'COMMUNE', code } as const;
  const { data, error, refetch } = useQuery(
    CollectivityPageDocument,
    variables,
    // After an edit the cache asks again, in place: the previous data stays on screen (and focus in the form).
    { skip: !kind || !code, keepPreviousData: true },
  );
  const shown = data?.collectivity.code === code && data.collectivity.kind === kind ? data : undefined;
  const collectivity = shown?.collectivity;
  const { me } = useSession();
  const id = collectivity?.id ?? '';
  const reloadPage = useReload(CollectivityPageDocument, variables);
  const reloadHistory = useReload(CollectivityHistoryDocument, { id, first: HISTORY_PAGE_SIZE, before: null });
  const reloadMigration = useReload(CollectivityMigrationDocument, { id });
  // For what the cache cannot see (a file recorded by a plain POST, another's edit): every section asks again.
  const reload = useCallback(() => {
    reloadPage();
    reloadHistory();
    reloadMigration();
  }, [reloadPage, reloadHistory, reloadMigration]);
  const editing = useMemo<Editing | undefined>(
    () =>
      collectivity?.commitment
        ? {
            abilities: abilitiesOn(me, collectivity.id),
            commitmentId: collectivity.commitment.id,
            actionCodes: collectivity.commitment.actions.map((a) => a.actionCode).sort(compareActionCodes),
            reload,
          }
        : undefined,
    [collectivity, me, reload],
  );
  useDocumentTitle(collectivity?.name ?? t('collectivity.titleLoading'));

  if (!kind || (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) {
    return (
      <div className="container page">
        <h1>{t('collectivity.notFound.title')}</h1>
        <p>{t('collectivity.notFound.body')}</p>
        <p>
          <Link to="/recherche">{t('collectivity.notFound.search')}</Link>
        </p>
      </div>
    );
  }
  if (error) {
    return (
      <div className="container page">
        <h1>{t('collectivity.titleLoading')}</h1>
        <ErrorMessage error={error} onRetry={refetch} />
      </div>
    );
  }
  if (!collectivity) {
    return (
      <div className="container page">
        <h1>{t('collectivity.titleLoading')}</h1>
        <Loading />
      </div>
    );
  }
  const commitment = collectivity.commitment;
  return (
    <div className="container page">
      <CollectivityHeader collectivity={collectivity} />
      <p>
        <Link to={electionPath(collectivity.kind, collectivity.code)}>{t('collectivity.electionLink')}</Link>
      </p>
      <PageSections committed={!!commitment} />
      <FollowCollectivity collectivityId={collectivity.id} name={collectivity.name} />
      <RoleRequest collectivityId={collectivity.id} name={collectivity.name} />
      {commitment && editing ? (
        <EditingContext.Provider value={editing}>
          <AuditProvider collectivityId={collectivity.id}>
            <CommitmentSummary commitment={commitment} />
            <PactSections commitment={commitment} />
            <ProgressSummary scores={commitment.scores} />
            <div className="two-columns">
              <MandateClock
                overall={commitment.scores.overall}
                startOverall={commitment.scoreAtClockStart}
                committedOn={commitment.committedOn}
              />
              <PeerComparison
                population={collectivity.population}
                kind={collectivity.kind}
                scores={commitment.scores}
              />
            </div>
            <AuditedScores declared={commitment.scores} />
            <ActionChecklist actions={commitment.actions} collectivityId={collectivity.id} />
          </AuditProvider>
        </EditingContext.Provider>
      ) : (
        <section className="section" aria-labelledby="commitment-heading">
          <h2 id="commitment-heading">{t('collectivity.commitment.title')}</h2>
          <EmptyState title={t('collectivity.noCommitment.title')}>
            <p>
              {t(
                commitmentSourcesFor(collectivity.kind).includes('LIST_MAJORITY')
                  ? 'collectivity.noCommitment.body'
                  : 'collectivity.noCommitment.bodyCouncil',
              )}
            </p>
          </EmptyState>
          <DeclareCommitment collectivityId={collectivity.id} kind={collectivity.kind} name={collectivity.name} />
        </section>
      )}
      {collectivity.isEpci && <CouncilSignatories signatories={collectivity.councilSignatories} />}
      <TerritoryCommitted kind={collectivity.kind} code={collectivity.code} isEpci={collectivity.isEpci} />
      <MigrationSection collectivityId={collectivity.id} />
      <HistoryTimeline collectivityId={collectivity.id} />
      <CollectivityDownloads kind={collectivity.kind} code={collectivity.code} committed={Boolean(commitment)} />
      {commitment && <BadgeEmbed kind={collectivity.kind} code={collectivity.code} name={collectivity.name} />}
      <PrintFooter path={collectivityPath(collectivity.kind, collectivity.code)} />
    </div>
  );
}

/** The auditors' verdicts, loaded apart from the self-declared progress and shown beside it. */
function AuditProvider({ collectivityId, children }: { collectivityId: string; children: ReactNode }) {
  const audit = useAudit(collectivityId);
  return <AuditContext.Provider value={audit}>{children}</AuditContext.Provider>;
}
