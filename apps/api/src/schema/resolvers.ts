import { AccountsResolver, RolesResolver } from '../modules/accounts/accounts.resolver';
import { CatalogueResolver } from '../modules/catalogue/catalogue.resolver';
import { CollectivitiesResolver } from '../modules/collectivities/collectivities.resolver';
import { CollectivityCommitmentsResolver, CommitmentsResolver } from '../modules/commitments/commitments.resolver';
import {
  CandidateListsResolver,
  CollectivityListsResolver,
  ElectionsResolver,
  SignatoriesResolver,
} from '../modules/elections/elections.resolver';
import {
  ActionEvidenceResolver,
  CommitmentEvidenceResolver,
  EvidenceResolver,
} from '../modules/evidence/evidence.resolver';
import { CollectivityHistoryResolver } from '../modules/collectivities/collectivity-history.resolver';
import {
  CommitmentProgressResolver,
  MilestonesResolver,
  ProgressResolver,
} from '../modules/progress/progress.resolver';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver';
import { DirectoryResolver } from '../modules/directory/directory.resolver';
import { MapResolver } from '../modules/map/map.resolver';
import {
  CatalogueEntryUsersResolver,
  CollectivityInventoryResolver,
  InventoryResolver,
  SoftwareUsersResolver,
} from '../modules/inventory/inventory.resolver';
import { CollectivityPooledItResolver, PooledItemResolver } from '../modules/inventory/pooled-it.resolver';
import {
  CollectivityLabelsResolver,
  CommitmentLabelReadinessResolver,
  LabelsResolver,
} from '../modules/labels/labels.resolver';
import { SoftwareCatalogueResolver } from '../modules/software-catalogue/software-catalogue.resolver';
import {
  ActionAssessmentsResolver,
  AssessmentRepliesResolver,
  AssessmentsResolver,
  CommitmentAuditedScoresResolver,
} from '../modules/assessments/assessments.resolver';
import {
  CommitmentSectionsResolver,
  SectionAssessmentsResolver,
} from '../modules/assessments/section-assessments.resolver';
import { FollowsResolver, MeFollowingResolver } from '../modules/feeds/follows.resolver';
import { ReviewResolver } from '../modules/review/review.resolver';
import { DeclarationsResolver, MeDeclarationsResolver } from '../modules/declarations/declarations.resolver';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver';

/** Every resolver class, for writing the schema without a database. A test checks it matches the running app. */
export const RESOLVERS = [
  AccountsResolver,
  RolesResolver,
  PrivacyResolver,
  CatalogueResolver,
  CollectivitiesResolver,
  DirectoryResolver,
  CommitmentsResolver,
  CollectivityCommitmentsResolver,
  ElectionsResolver,
  CandidateListsResolver,
  SignatoriesResolver,
  CollectivityListsResolver,
  ProgressResolver,
  MilestonesResolver,
  CommitmentProgressResolver,
  EvidenceResolver,
  CommitmentEvidenceResolver,
  ActionEvidenceResolver,
  CollectivityHistoryResolver,
  StatisticsResolver,
  MapResolver,
  SoftwareCatalogueResolver,
  InventoryResolver,
  CollectivityInventoryResolver,
  CollectivityPooledItResolver,
  PooledItemResolver,
  SoftwareUsersResolver,
  CatalogueEntryUsersResolver,
  LabelsResolver,
  CollectivityLabelsResolver,
  CommitmentLabelReadinessResolver,
  AssessmentsResolver,
  AssessmentRepliesResolver,
  ActionAssessmentsResolver,
  CommitmentAuditedScoresResolver,
  SectionAssessmentsResolver,
  CommitmentSectionsResolver,
  FollowsResolver,
  MeFollowingResolver,
  ReviewResolver,
  DeclarationsResolver,
  MeDeclarationsResolver,
];
