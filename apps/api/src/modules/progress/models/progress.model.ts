import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgressStatus, ScoreSummary } from '@pacte/pact';
import { PactActionModel, ProgressStatusEnum } from '../../catalogue/models/pact.model';
import { MilestoneEntity } from '../milestone.entity';

@ObjectType('ActionProgress', { description: 'Where a committed collectivity stands on one pact action' })
export class ActionProgressModel {
  @Field()
  actionCode!: string;

  @Field(() => ProgressStatusEnum)
  status!: ProgressStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Effective %: the override if any, else the status default; null if not applicable',
  })
  progress!: number | null;

  @Field({ description: 'True when the % was set explicitly rather than taken from the status' })
  progressOverridden!: boolean;

  @Field(() => String, { nullable: true })
  targetDate!: string | null;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the action is not applicable or abandoned' })
  justification!: string | null;

  @Field(() => Date, { nullable: true, description: 'Null while the action was never touched' })
  updatedAt!: Date | null;

  @Field(() => Int, {
    description:
      'Optimistic locking: 0 while the action was never touched, one more at each change; send it back as expectedVersion',
  })
  version!: number;

  /**
   * The action as the commitment's pact edition describes it: the catalogue's shared model, set with the progress
   * (`mergeWithCatalogue`) rather than by a resolver run for each action of each page.
   */
  @Field(() => PactActionModel)
  action!: PactActionModel;

  commitmentId!: string;
  /** The commitment's pact edition, whose catalogue describes the action (the `action` field). */
  edition!: string;
}

@ObjectType('Milestone', { description: 'A dated step of an action, planned or reached' })
export class MilestoneModel {
  @Field(() => ID)
  id!: string;

  @Field()
  actionCode!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  date!: string;

  @Field()
  reached!: boolean;

  @Field(() => Int, { description: 'Optimistic locking: one more at each change; send it back as expectedVersion' })
  version!: number;
}

@ObjectType('SectionScore')
export class SectionScoreModel {
  @Field(() => Int)
  section!: number;

  @Field(() => Float, { nullable: true, description: 'Weighted mean %, null when every action is not applicable' })
  score!: number | null;

  @Field(() => Int)
  actionsTotal!: number;

  @Field(() => Int, { description: 'Actions counted (not NOT_APPLICABLE)' })
  actionsCounted!: number;

  @Field(() => Int)
  actionsDone!: number;
}

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => ProgressStatusEnum)
  status!: ProgressStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ScoreSummary', { description: 'Self-declared progress, rolled up by section and overall' })
export class ScoreSummaryModel {
  @Field(() => Float, { nullable: true })
  overall!: number | null;

  @Field(() => [SectionScoreModel])
  sections!: SectionScoreModel[];

  @Field(() => [StatusCountModel])
  counts!: StatusCountModel[];
}

export function toScoreSummaryModel(summary: ScoreSummary): ScoreSummaryModel {
  return {
    overall: summary.overall,
    sections: summary.sections.map((s) => ({ ...s })),
    counts: Object.entries(summary.counts).map(([status, count]) => ({ status: status as ProgressStatus, count })),
  };
}

export function toMilestoneModel(e: MilestoneEntity): MilestoneModel {
  return {
    id: e.id,
    actionCode: e.actionCode,
    title: e.title,
    description: e.description,
    date: e.date,
    reached: e.reached,
    version: e.version,
  };
}
