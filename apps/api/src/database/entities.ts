import { DataVersionEntity } from '../modules/data-version/data-version.entity';
import { RequestThrottleEntity } from '../common/web/throttle/request-throttle.entity';
import {
  EmailChangeEntity,
  PasswordResetEntity,
  SessionEntity,
  SignInAttemptEntity,
} from '../modules/accounts/session.entity';
import { RoleGrantEntity } from '../modules/accounts/role-grant.entity';
import { UserEntity } from '../modules/accounts/user.entity';
import { CollectivityEntity } from '../modules/collectivities/collectivity.entity';
import { CommitmentEntity } from '../modules/commitments/commitment.entity';
import { CandidateListEntity } from '../modules/elections/candidate-list.entity';
import { ElectionEntity } from '../modules/elections/election.entity';
import { SignatoryEntity } from '../modules/elections/signatory.entity';
import { EvidenceActionEntity, EvidenceEntity } from '../modules/evidence/evidence.entity';
import { AuditEventEntity } from '../modules/history/audit-event.entity';
import { ActionProgressEntity } from '../modules/progress/action-progress.entity';
import { MilestoneEntity } from '../modules/progress/milestone.entity';
import { SectionSelfAssessmentEntity } from '../modules/progress/section-self-assessment.entity';
import { CommitmentScoreEntity } from '../modules/progress/commitment-score.entity';
import { CollectivityFleetEntity } from '../modules/inventory/fleet.entity';
import { PooledItLinkEntity } from '../modules/inventory/pooled-it.entity';
import { SoftwareInventoryItemEntity, SoftwareInventoryStageEntity } from '../modules/inventory/inventory-item.entity';
import { TnlLabelEntity } from '../modules/labels/tnl-label.entity';
import { SoftwareCatalogueEntryEntity } from '../modules/software-catalogue/software-catalogue-entry.entity';
import {
  AssessmentEntity,
  AssessmentReplyEntity,
  SectionAssessmentEntity,
} from '../modules/assessments/assessment.entity';
import { FollowEntity } from '../modules/feeds/follow.entity';
import { DigestDeliveryEntity } from '../modules/feeds/digest-delivery.entity';
import { ReviewItemEntity } from '../modules/review/review-item.entity';
import {
  StatisticsCommitmentEntity,
  StatisticsMonthEntity,
  StatisticsStateEntity,
} from '../modules/statistics/statistics.entities';

/** Every persisted entity; the migrations are generated from these. */
export const ENTITIES = [
  CollectivityEntity,
  ElectionEntity,
  CandidateListEntity,
  SignatoryEntity,
  CommitmentEntity,
  ActionProgressEntity,
  MilestoneEntity,
  SectionSelfAssessmentEntity,
  CommitmentScoreEntity,
  EvidenceEntity,
  EvidenceActionEntity,
  AuditEventEntity,
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  EmailChangeEntity,
  SignInAttemptEntity,
  RoleGrantEntity,
  SoftwareCatalogueEntryEntity,
  SoftwareInventoryItemEntity,
  CollectivityFleetEntity,
  PooledItLinkEntity,
  SoftwareInventoryStageEntity,
  TnlLabelEntity,
  AssessmentEntity,
  AssessmentReplyEntity,
  SectionAssessmentEntity,
  FollowEntity,
  DigestDeliveryEntity,
  RequestThrottleEntity,
  ReviewItemEntity,
  StatisticsCommitmentEntity,
  StatisticsMonthEntity,
  StatisticsStateEntity,
  DataVersionEntity,
];
