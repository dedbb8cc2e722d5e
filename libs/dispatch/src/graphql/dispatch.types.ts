import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Grade, TaskRole } from '@app/incidents';
import { LATE_DEFINITION } from '../domain/task-lateness';
import { DeadlineRule, TaskKind, TaskStatus } from '../domain/task.enums';
import { LetterAction, TaskAction } from './dispatch-enums.graphql';

@ObjectType('TaskFeedback', { description: '书面反馈（交单）/ Written feedback' })
export class TaskFeedbackType {
  @Field({ description: '核查情况 / Facts found' })
  factsFound!: string;

  @Field({ description: '处置措施 / Measures' })
  measures!: string;

  @Field({ description: '处置结果 / Result' })
  result!: string;

  @Field(() => [String], { description: '佐证材料 / Evidence' })
  evidence!: string[];

  @Field({
    description:
      '本次交单晚于时限（工单是否逾期见 Task.late）/ This hand-in came after the due time (whether the task is late: Task.late)',
  })
  late!: boolean;

  @Field(() => Int)
  lateByMinutes!: number;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('TaskHistoryEntry', { description: '工单记录 / Task record entry' })
export class TaskHistoryEntryType {
  @Field({ description: '事件类型 / Event type' })
  type!: string;

  @Field(() => ID)
  by!: string;

  @Field(() => ID)
  byUnit!: string;

  @Field()
  at!: Date;

  @Field({ description: '内容（JSON）/ Detail (JSON)' })
  detail!: string;
}

@ObjectType('ExtensionRequest', { description: '延期申请 / Extension request' })
export class ExtensionRequestType {
  @Field(() => ID)
  id!: string;

  @Field()
  requestedDueAt!: Date;

  @Field()
  reason!: string;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('SupervisionNotice', { description: '督办通知（舆情督报）/ Supervision notice' })
export class SupervisionNoticeType {
  @Field(() => ID)
  id!: string;

  @Field()
  content!: string;

  @Field({ description: '回复时限 / Reply due' })
  replyDueAt!: Date;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;

  @Field({ description: '超时后系统自动督办 / Sent by the platform when the task fell overdue' })
  automatic!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: '督办逾期仍未交单、报送领导的时间 / When it was raised to the leaders, still not handed in',
  })
  escalatedAt!: Date | null;
}

@ObjectType('TaskResponsible', { description: '责任人 / The person answering for a task' })
export class TaskResponsibleType {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;
}

@ObjectType('Task', { description: '工单（派单·办单·交单）/ Task' })
export class TaskType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '事件标题 / Incident title' })
  incidentTitle!: string;

  @Field(() => Grade, { nullable: true })
  grade!: Grade | null;

  @Field()
  confidential!: boolean;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => TaskRole)
  role!: TaskRole;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field({ description: '工作要求 / Requirements' })
  requirements!: string;

  @Field(() => ID, { description: '派单单位 / Dispatched by' })
  dispatcherUnitId!: string;

  @Field(() => ID, { description: '承办单位 / Assigned to' })
  assigneeUnitId!: string;

  @Field(() => ID, { nullable: true, description: '上级工单（转派时）/ Parent task' })
  parentTaskId!: string | null;

  @Field()
  dispatchedAt!: Date;

  @Field({ description: '当前时限 / Due' })
  dueAt!: Date;

  @Field({ description: '原定时限 / Original due time' })
  originalDueAt!: Date;

  @Field({ description: '最迟时限（延期不得超过）/ Hard limit' })
  hardDueAt!: Date;

  @Field(() => DeadlineRule)
  deadlineRule!: DeadlineRule;

  @Field({
    description:
      '已过时限且尚未交单（此时 late 亦为 true）/ Past its due time and not handed in (late is then true as well)',
  })
  overdue!: boolean;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field(() => TaskResponsibleType, {
    nullable: true,
    description: '承办单位的责任人（签收时确定，可变更）/ Who answers for it in the unit it went to',
  })
  responsible!: TaskResponsibleType | null;

  @Field(() => Date, { nullable: true })
  handedInAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '销号或撤销时间 / Struck off or cancelled at' })
  settledAt!: Date | null;

  @Field({
    description: `${LATE_DEFINITION.zh} / ${LATE_DEFINITION.en}. TaskCompliance.late says the same`,
  })
  late!: boolean;

  @Field(() => Int, {
    description:
      '逾期分钟数：首次交单晚于时限多少，未交单则计至当前 / Minutes late: of the first hand-in, or up to now while none has come',
  })
  lateByMinutes!: number;

  @Field(() => TaskFeedbackType, { nullable: true })
  feedback!: TaskFeedbackType | null;

  @Field(() => [TaskHistoryEntryType])
  history!: TaskHistoryEntryType[];

  @Field(() => ExtensionRequestType, { nullable: true })
  pendingExtension!: ExtensionRequestType | null;

  @Field(() => [SupervisionNoticeType])
  supervisions!: SupervisionNoticeType[];

  @Field(() => Int, { description: '催办次数 / Reminders' })
  reminders!: number;

  @Field(() => Int, { description: '退回次数 / Returns' })
  returns!: number;

  @Field(() => Int, { description: '返工次数 / Reworks' })
  reworks!: number;

  @Field(() => [TaskAction], { description: '您现在可执行的操作 / What you may do next' })
  allowedActions!: TaskAction[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('LetterReceipt', { description: '签收情况 / Receipt' })
export class LetterReceiptType {
  @Field(() => ID)
  unitId!: string;

  @Field()
  signed!: boolean;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  signedBy!: string | null;
}

@ObjectType('RiskLetter', { description: '网络风险提示函（一函）/ Risk letter' })
export class RiskLetterType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => ID)
  senderUnitId!: string;

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

  @Field()
  confidential!: boolean;

  @Field()
  sentAt!: Date;

  @Field({ description: '签收时限 / Receipt due' })
  receiptDueAt!: Date;

  @Field(() => [LetterReceiptType], { description: '各单位签收情况 / Receipts per recipient' })
  receipts!: LetterReceiptType[];

  @Field(() => [LetterAction], { description: '当前可执行的操作 / What the letter allows you next' })
  allowedActions!: LetterAction[];

  @Field(() => Int)
  version!: number;
}
