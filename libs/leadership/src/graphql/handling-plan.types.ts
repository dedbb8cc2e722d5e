import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import { Grade } from '@app/incidents';
import { HandlingPlanStatus } from '../domain/handling-plan.events';

registerLabelledEnum(HandlingPlanStatus, 'HandlingPlanStatus', '处置方案状态 / Handling plan status', {
  PENDING: { zh: '待领导审批', en: 'Waiting for the leader in charge' },
  APPROVED: { zh: '已同意', en: 'Approved' },
  SENT_BACK: { zh: '已退回', en: 'Sent back' },
});

/** What a plan allows its viewer to do next (`HandlingPlan.allowedActions`). */
export enum HandlingPlanAction {
  reviseHandlingPlan = 'reviseHandlingPlan',
  approveHandlingPlan = 'approveHandlingPlan',
  sendBackHandlingPlan = 'sendBackHandlingPlan',
}
registerLabelledEnum(
  HandlingPlanAction,
  'HandlingPlanAction',
  '处置方案可执行的操作 / What the plan allows next',
  {
    reviseHandlingPlan: { zh: '修改方案', en: 'reviseHandlingPlan' },
    approveHandlingPlan: { zh: '同意', en: 'approveHandlingPlan' },
    sendBackHandlingPlan: { zh: '退回', en: 'sendBackHandlingPlan' },
  },
);

@ObjectType('HandlingPlan', { description: '处置方案（经分管领导同意后落实）/ A handling plan' })
export class HandlingPlanType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field()
  incidentTitle!: string;

  @Field(() => HandlingPlanStatus)
  status!: HandlingPlanStatus;

  @Field({ description: '处置措施 / Measures' })
  measures!: string;

  @Field(() => [ID], { description: '责任单位 / Units carrying it out' })
  unitIds!: string[];

  @Field({ description: '时间安排 / Timing' })
  timing!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  draftedByName!: string;

  @Field()
  draftedAt!: Date;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  @Field(() => String, { nullable: true })
  decidedByPost!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '退回理由 / Why it was sent back' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '审批意见（同意时）/ The leader’s opinion with the consent',
  })
  opinion!: string | null;

  @Field(() => [HandlingPlanAction])
  allowedActions!: HandlingPlanAction[];
}

@InputType({ description: '起草或修改处置方案（县中心）/ Draft or revise a handling plan' })
export class DraftHandlingPlanInput {
  @Field(() => ID, { nullable: true, description: '修改时填写 / The plan revised' })
  planId?: string | null;

  @Field(() => ID)
  incidentId!: string;

  @Field()
  measures!: string;

  @Field(() => [ID])
  unitIds!: string[];

  @Field()
  timing!: string;
}

@InputType({ description: '退回处置方案 / Send a handling plan back' })
export class SendBackHandlingPlanInput {
  @Field(() => ID)
  planId!: string;

  @Field()
  reason!: string;
}

@InputType({ description: '处置方案的审批门槛 / From which grade dispatch waits for an approved plan' })
export class SetHandlingPlanPolicyInput {
  @Field(() => Grade, { nullable: true, description: '不填：不需要 / None: never' })
  fromGrade?: Grade | null;
}

/** The county's rule on 处置方案 (004 §二(四)): an object, so that a refused caller gets no data at all. */
@ObjectType('HandlingPlanPolicy', {
  description: '处置方案审批门槛 / When dispatch waits for an approved plan',
})
export class HandlingPlanPolicyType {
  @Field(() => Grade, {
    nullable: true,
    description: '自该等级起派单须有已同意的处置方案；空：不需要 / From this grade; null: never',
  })
  fromGrade!: Grade | null;
}
