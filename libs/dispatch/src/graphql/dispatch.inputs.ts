import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Grade, TaskRole } from '@app/incidents';
import './dispatch-enums.graphql';

@InputType('DispatchTaskInput', { description: '派单 / Dispatch a task' })
export class DispatchTaskInput {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => ID, { description: '承办单位 / Unit' })
  unitId!: string;

  @Field(() => TaskRole, { description: '主办或协办 / Lead or support' })
  role!: TaskRole;

  @Field({ description: '工作要求 / Requirements' })
  requirements!: string;

  @Field(() => Date, {
    nullable: true,
    description: '时限；不填按本县时限规定 / Due; defaults to county policy by grade',
  })
  dueAt?: Date | null;
}

@InputType({ isAbstract: true })
class TaskStep {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { nullable: true, description: '您看到的版本 / The version you saw' })
  expectedVersion?: number;
}

@InputType('SignTaskInput')
export class SignTaskInput extends TaskStep {
  @Field(() => ID, {
    nullable: true,
    description:
      '责任人（本单位在岗人员）；不填为签收人 / Who answers for it (of your unit); the signer if left out',
  })
  responsibleUserId?: string | null;
}

@InputType('NameTaskResponsibleInput', { description: '变更责任人 / Name another person responsible' })
export class NameTaskResponsibleInput extends TaskStep {
  @Field(() => ID, { description: '本单位在岗人员 / A person of your unit' })
  userId!: string;
}

@InputType('ReturnTaskInput', { description: '退回（说明理由）/ Return with a reason' })
export class ReturnTaskInput extends TaskStep {
  @Field()
  reason!: string;
}

@InputType('RedispatchTaskInput', { description: '转派给下属村（社区）/ Hand part to a village' })
export class RedispatchTaskInput extends TaskStep {
  @Field(() => ID)
  villageUnitId!: string;

  @Field()
  requirements!: string;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;
}

@InputType('ReportTaskProgressInput', { description: '报送进展（网上、网下措施）/ Report progress' })
export class ReportTaskProgressInput extends TaskStep {
  @Field(() => [String], { defaultValue: [], description: '网上处置措施 / Online measures' })
  online!: string[];

  @Field(() => [String], { defaultValue: [], description: '网下处置措施 / Offline measures' })
  offline!: string[];

  @Field({ defaultValue: '' })
  note!: string;
}

@InputType('RequestTaskExtensionInput', { description: '申请延期（不得超过最迟时限）/ Ask for more time' })
export class RequestTaskExtensionInput extends TaskStep {
  @Field()
  requestedDueAt!: Date;

  @Field()
  reason!: string;
}

@InputType('DecideTaskExtensionInput')
export class DecideTaskExtensionInput extends TaskStep {
  @Field()
  approve!: boolean;

  @Field({
    description:
      '理由：不同意时不能为空（INPUT.REASON_REQUIRED），同意时可填说明或留空 / Reason: must not be blank when refusing; may be blank when granting',
  })
  reason!: string;
}

@InputType('HandInTaskInput', { description: '交单：书面反馈 / Hand in written feedback' })
export class HandInTaskInput extends TaskStep {
  @Field({ description: '核查情况 / Facts found' })
  factsFound!: string;

  @Field({ description: '处置措施 / Measures' })
  measures!: string;

  @Field({ description: '处置结果 / Result' })
  result!: string;

  @Field(() => [String], { defaultValue: [], description: '佐证材料 / Evidence' })
  evidence!: string[];
}

@InputType('ReviewTaskInput', { description: '审核：销号或退回重办 / Accept (struck off) or send back' })
export class ReviewTaskInput extends TaskStep {
  @Field({ description: 'true 销号；false 退回重办 / true: strike off; false: rework' })
  accept!: boolean;

  @Field({
    description:
      '理由：退回重办时不能为空（INPUT.REASON_REQUIRED），销号时可填说明或留空 / Reason: must not be blank for rework; may be blank when striking off',
  })
  reason!: string;
}

@InputType('SuperviseTaskInput', { description: '督办 / Supervise' })
export class SuperviseTaskInput extends TaskStep {
  @Field()
  content!: string;

  @Field({ description: '回复时限 / Reply due' })
  replyDueAt!: Date;
}

@InputType('RemindTaskInput', { description: '催办 / Remind' })
export class RemindTaskInput extends TaskStep {
  @Field({ defaultValue: '' })
  note!: string;
}

@InputType('CancelTaskInput')
export class CancelTaskInput extends TaskStep {
  @Field()
  reason!: string;
}

@InputType('SendRiskLetterInput', { description: '网络风险提示函 / Risk letter' })
export class SendRiskLetterInput {
  @Field(() => ID, { nullable: true })
  incidentId?: string | null;

  @Field(() => [ID])
  recipientUnitIds!: string[];

  @Field()
  title!: string;

  @Field({ description: '风险 / Risk' })
  risk!: string;

  @Field(() => Grade)
  level!: Grade;

  @Field({ description: '范围 / Scope' })
  scope!: string;

  @Field({ description: '关注重点 / What to watch' })
  watchPoints!: string;

  @Field({ description: '工作要求 / Requested measures' })
  requestedMeasures!: string;

  @Field(() => Date, { nullable: true, description: '签收时限，默认 12 小时 / Receipt due (default 12 h)' })
  receiptDueAt?: Date | null;
}

@InputType('ReferToPoliceInput', { description: '移交公安依法处置 / Refer to the police' })
export class ReferToPoliceInput {
  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '移交事由和要求 / Grounds and requests' })
  requirements!: string;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;
}

@InputType('FollowUpTaskInput')
export class FollowUpTaskInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => TaskRole)
  role!: TaskRole;

  @Field()
  requirements!: string;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;
}

@InputType('RecordJointConferenceInput', { description: '联席会议记录 / Joint conference' })
export class RecordJointConferenceInput {
  @Field(() => ID)
  incidentId!: string;

  @Field()
  heldAt!: Date;

  @Field(() => [String])
  participants!: string[];

  @Field(() => [ID], { defaultValue: [] })
  participantUnitIds!: string[];

  @Field(() => [String])
  decisions!: string[];

  @Field(() => [FollowUpTaskInput], {
    defaultValue: [],
    description: '会后派出的工单 / Follow-up tasks to dispatch',
  })
  followUpTasks!: FollowUpTaskInput[];
}
