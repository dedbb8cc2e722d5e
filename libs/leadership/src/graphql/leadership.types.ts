import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import { InboxChangeKind, InboxRef } from '@app/inbox';
import { IncidentField } from '@app/incidents';
import { HandlingPlanType } from './handling-plan.types';

/** What an instruction allows its viewer to do next (`LeaderInstruction.allowedActions`). */
export enum InstructionAction {
  linkInstructionTask = 'linkInstructionTask',
  reportInstructionFeedback = 'reportInstructionFeedback',
}
registerLabelledEnum(
  InstructionAction,
  'InstructionAction',
  '批示可执行的操作 / What the instruction allows next',
  {
    linkInstructionTask: { zh: '落实批示（关联工单）', en: 'linkInstructionTask' },
    reportInstructionFeedback: { zh: '反馈落实情况', en: 'reportInstructionFeedback' },
  },
);

@ObjectType('CountyLeader', {
  description: '县领导：职务与分管领域 / A county leader: post and fields in charge',
})
export class CountyLeaderType {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field({ description: '职务，如「分管副县长」/ Post' })
  post!: string;

  @Field(() => [IncidentField], { description: '分管领域 / Fields in charge' })
  fields!: IncidentField[];

  @Field({ description: '主要领导（县委书记、县长）/ A principal leader' })
  principal!: boolean;
}

@ObjectType('InstructionFeedback', { description: '批示落实情况反馈 / A report back on an instruction' })
export class InstructionFeedbackType {
  @Field()
  text!: string;

  @Field({ description: '反馈人 / Reported by' })
  byName!: string;

  @Field()
  at!: Date;
}

@ObjectType('LeaderInstruction', { description: '领导批示 / A leader’s instruction on an incident' })
export class LeaderInstructionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field()
  incidentTitle!: string;

  @Field(() => ID)
  leaderUserId!: string;

  @Field()
  leaderName!: string;

  @Field({ description: '批示人职务 / The leader’s post' })
  post!: string;

  @Field({ description: '批示内容 / What the leader said' })
  text!: string;

  @Field()
  givenAt!: Date;

  @Field(() => [ID], { description: '落实批示的工单 / Tasks carrying it out' })
  taskIds!: string[];

  @Field(() => [InstructionFeedbackType])
  feedback!: InstructionFeedbackType[];

  @Field(() => [InstructionAction])
  allowedActions!: InstructionAction[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('LeaderArrival', { description: '送达领导本人的事项 / What reached a leader by name' })
export class LeaderArrivalType {
  @Field(() => InboxChangeKind)
  kind!: InboxChangeKind;

  @Field(() => InboxRef)
  refType!: InboxRef;

  @Field(() => ID)
  refId!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => String, { nullable: true, description: '事件标题；涉密事件不含内容 / None when confidential' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '上报摘要等附言；涉密事件不含 / The summary sent with it',
  })
  note!: string | null;

  @Field()
  confidential!: boolean;

  @Field(() => ID)
  fromUnitId!: string;

  @Field()
  arrivedAt!: Date;
}

@ObjectType('LeaderDesk', { description: '领导待办 / A leader’s desk' })
export class LeaderDeskType {
  @Field(() => CountyLeaderType, {
    nullable: true,
    description: '本人在县领导名单中的职务 / The caller on the roster',
  })
  me!: CountyLeaderType | null;

  @Field(() => [LeaderArrivalType], {
    description: '上报到本人的事件、批示反馈（新的在前）/ What reached you',
  })
  arrivals!: LeaderArrivalType[];

  @Field(() => [LeaderInstructionType], { description: '本人作出的批示及其落实 / Your instructions' })
  instructions!: LeaderInstructionType[];

  @Field(() => [HandlingPlanType], { description: '待本人审批的处置方案 / Plans waiting for your decision' })
  plansAwaiting!: HandlingPlanType[];
}

@InputType({ description: '任命县领导或修改其职务、分管领域 / Appoint a county leader' })
export class AppointCountyLeaderInput {
  @Field(() => ID)
  userId!: string;

  @Field()
  post!: string;

  @Field(() => [IncidentField])
  fields!: IncidentField[];

  @Field({ defaultValue: false })
  principal!: boolean;
}

@InputType({ description: '领导批示 / Give an instruction on an incident' })
export class GiveInstructionInput {
  @Field(() => ID)
  incidentId!: string;

  @Field()
  text!: string;
}

@InputType({ description: '落实批示：关联已派发的工单 / Link a dispatched task to an instruction' })
export class LinkInstructionTaskInput {
  @Field(() => ID)
  instructionId!: string;

  @Field(() => ID)
  taskId!: string;
}

@InputType({ description: '批示落实情况反馈 / Report back on an instruction' })
export class ReportInstructionFeedbackInput {
  @Field(() => ID)
  instructionId!: string;

  @Field()
  text!: string;
}
