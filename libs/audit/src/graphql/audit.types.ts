import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FaultKind } from '@app/event-store';
import { registerLabelledEnum } from '@app/graphql';
import { EscalationTarget, Grade, IncidentNature, IncidentStatus, TaskRole } from '@app/incidents';
import { DeadlineRule, DeadlineStepRuleType, LATE_DEFINITION, TaskKind, TaskStatus } from '@app/dispatch';
import { StatementStatus } from '@app/response';
import { LocalizedMessage } from '@app/kernel';
import { HISTORY_KIND_LABELS, HistoryKind } from '../domain/history-kind';
import { INTEGRITY_VERDICT_LABELS, IntegrityVerdict } from '../domain/integrity-verdict';

registerLabelledEnum(HistoryKind, 'HistoryKind', '记录类别 / Kind of history entry', HISTORY_KIND_LABELS);
registerLabelledEnum(
  IntegrityVerdict,
  'IntegrityVerdict',
  '完整性校验结论 / Verdict of an integrity check',
  INTEGRITY_VERDICT_LABELS,
);

export const IntegrityFaultKind = {
  EVENT_ALTERED: 'EVENT_ALTERED',
  SEQUENCE_BROKEN: 'SEQUENCE_BROKEN',
  CHAIN_BROKEN: 'CHAIN_BROKEN',
  STREAM_HEAD_MISMATCH: 'STREAM_HEAD_MISMATCH',
  STREAM_MISSING: 'STREAM_MISSING',
  CHECKPOINT_MISMATCH: 'CHECKPOINT_MISMATCH',
  CHECKPOINT_ALTERED: 'CHECKPOINT_ALTERED',
  CHECKPOINT_CHAIN_BROKEN: 'CHECKPOINT_CHAIN_BROKEN',
  CHECKPOINT_SIGNATURE_INVALID: 'CHECKPOINT_SIGNATURE_INVALID',
  CHECKPOINT_UNSIGNED: 'CHECKPOINT_UNSIGNED',
  CHECKPOINT_MISSING: 'CHECKPOINT_MISSING',
  CHECKPOINT_REPLACED: 'CHECKPOINT_REPLACED',
  EVENT_NOT_SEALED: 'EVENT_NOT_SEALED',
  EVENT_OUTSIDE_LOG: 'EVENT_OUTSIDE_LOG',
  STREAM_HEAD_MISSING: 'STREAM_HEAD_MISSING',
  WITNESS_CORRUPT: 'WITNESS_CORRUPT',
  WITNESS_RECEIPT_INVALID: 'WITNESS_RECEIPT_INVALID',
  BUNDLE_SIGNATURE_INVALID: 'BUNDLE_SIGNATURE_INVALID',
  BUNDLE_MALFORMED: 'BUNDLE_MALFORMED',
} as const satisfies Record<FaultKind, FaultKind>;

export const INTEGRITY_FAULT_LABELS: Record<FaultKind, LocalizedMessage> = {
  EVENT_ALTERED: { zh: '事件被改动', en: 'Event altered' },
  SEQUENCE_BROKEN: { zh: '事件缺失或顺序被调换', en: 'Event missing or reordered' },
  CHAIN_BROKEN: { zh: '哈希链断裂', en: 'Hash chain broken' },
  STREAM_HEAD_MISMATCH: { zh: '流尾部被截断或改动', en: 'Stream tail cut or altered' },
  STREAM_MISSING: { zh: '整条流被删除', en: 'Whole stream removed' },
  CHECKPOINT_MISMATCH: { zh: '封存范围内事件被增删或调换', en: 'Events in a sealed range changed' },
  CHECKPOINT_ALTERED: { zh: '封存点被改动', en: 'Checkpoint altered' },
  CHECKPOINT_CHAIN_BROKEN: { zh: '封存点链断裂', en: 'Checkpoint chain broken' },
  CHECKPOINT_SIGNATURE_INVALID: { zh: '封存点签名无效', en: 'Checkpoint signature invalid' },
  CHECKPOINT_UNSIGNED: { zh: '封存点签名被去除', en: 'Checkpoint signature stripped' },
  CHECKPOINT_MISSING: { zh: '见证过的封存点缺失', en: 'Witnessed checkpoint missing' },
  CHECKPOINT_REPLACED: { zh: '封存点与见证记录不符', en: 'Checkpoint differs from the witness' },
  EVENT_NOT_SEALED: { zh: '事件不在封存记录中', en: 'Event not among the sealed ones' },
  EVENT_OUTSIDE_LOG: { zh: '事件位于日志起点之前', en: 'Event before the start of the log' },
  STREAM_HEAD_MISSING: { zh: '流缺少头记录', en: 'Stream without a head' },
  WITNESS_CORRUPT: { zh: '见证文件损坏', en: 'Witness file corrupt' },
  WITNESS_RECEIPT_INVALID: { zh: '独立见证回执无效', en: 'Independent witness receipt invalid' },
  BUNDLE_SIGNATURE_INVALID: { zh: '导出文件签名无效', en: 'Bundle signature invalid' },
  BUNDLE_MALFORMED: { zh: '导出文件格式有误', en: 'Bundle malformed' },
};
registerLabelledEnum(
  IntegrityFaultKind,
  'IntegrityFaultKind',
  '完整性问题 / Integrity fault',
  INTEGRITY_FAULT_LABELS,
);

@ObjectType('HistoryEntry', { description: '事件历史中的一条记录 / One event of an incident’s history' })
export class HistoryEntryType {
  @Field({ description: '日志位置（事务号:序号）/ Log position' })
  position!: string;

  @Field()
  at!: Date;

  @Field(() => HistoryKind)
  kind!: HistoryKind;

  @Field({ description: '事件类型 / Stored event type' })
  type!: string;

  @Field()
  streamId!: string;

  @Field(() => Int)
  streamVersion!: number;

  @Field(() => ID)
  actorUserId!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => ID)
  actorUnitId!: string;

  @Field(() => String, { nullable: true })
  actorUnitName!: string | null;

  @Field({ description: '命令 / Command that produced it' })
  command!: string;

  @Field({ description: '关联号：同一操作产生的事件相同 / Correlation id' })
  correlationId!: string;

  @Field(() => String, { nullable: true })
  causationId!: string | null;

  @Field({ description: '做了什么 / What was done' })
  action!: string;

  @Field()
  actionEn!: string;

  @Field({ description: '一句话描述，如「14:05 东湖镇 李娜 签收工单」/ One line a person can read' })
  description!: string;

  @Field()
  descriptionEn!: string;

  @Field(() => ID, {
    nullable: true,
    description: '相关工单、提示函或稿件 / Related task, letter or statement',
  })
  refId!: string | null;

  @Field({ description: '事件哈希 / The event’s hash' })
  hash!: string;
}

@ObjectType('IncidentHistory')
export class IncidentHistoryType {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Int, { description: '筛选前的事件总数 / Events before filtering' })
  total!: number;

  @Field(() => [HistoryEntryType], { description: '按日志顺序 / In log order' })
  entries!: HistoryEntryType[];
}

@InputType('HistoryFilter')
export class HistoryFilterInput {
  @Field(() => [ID], { nullable: true, description: '经办或涉及的单位 / Units that acted or were concerned' })
  unitIds?: string[];

  @Field(() => [HistoryKind], { nullable: true })
  kinds?: HistoryKind[];
}

@ObjectType('WarningAsOf')
export class WarningAsOfType {
  @Field(() => Grade)
  level!: Grade;

  @Field()
  active!: boolean;
}

@ObjectType('LinkageAsOf')
export class LinkageAsOfType {
  @Field()
  active!: boolean;

  @Field(() => ID)
  leadUnitId!: string;

  @Field(() => [ID])
  coreUnitIds!: string[];

  @Field(() => [ID])
  memberUnitIds!: string[];
}

@ObjectType('TaskAsOf')
export class TaskAsOfType {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID)
  assigneeUnitId!: string;

  @Field(() => String, { nullable: true })
  assigneeUnitName!: string | null;

  @Field(() => ID)
  dispatcherUnitId!: string;

  @Field(() => TaskRole)
  role!: TaskRole;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field()
  dueAt!: Date;

  @Field()
  hardDueAt!: Date;

  @Field()
  extensionPending!: boolean;

  @Field(() => ID, { nullable: true })
  parentTaskId!: string | null;
}

@ObjectType('LetterAsOf')
export class LetterAsOfType {
  @Field(() => ID)
  letterId!: string;

  @Field(() => [ID])
  recipientUnitIds!: string[];

  @Field(() => [ID])
  signedUnitIds!: string[];
}

@ObjectType('StatementAsOf')
export class StatementAsOfType {
  @Field(() => ID)
  statementId!: string;

  @Field(() => StatementStatus)
  status!: StatementStatus;
}

@ObjectType('IncidentAsOf', {
  description:
    '某一时刻的事件状态，由事件日志重放得出（非读模型）/ The incident as it stood at a moment, rebuilt from the log',
})
export class IncidentAsOfType {
  @Field(() => ID)
  incidentId!: string;

  @Field()
  at!: Date;

  @Field({ description: '该时刻事件是否已登记 / Whether it had been registered by then' })
  exists!: boolean;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  confidential!: boolean;

  @Field(() => IncidentStatus, { nullable: true })
  status!: IncidentStatus | null;

  @Field(() => Grade, { nullable: true })
  grade!: Grade | null;

  @Field(() => IncidentNature, { nullable: true })
  nature!: IncidentNature | null;

  @Field(() => Int, { description: '研判次数 / Assessments so far' })
  assessments!: number;

  @Field(() => WarningAsOfType, { nullable: true })
  warning!: WarningAsOfType | null;

  @Field(() => [EscalationTarget])
  escalatedTo!: EscalationTarget[];

  @Field(() => LinkageAsOfType, { nullable: true })
  linkage!: LinkageAsOfType | null;

  @Field()
  reviewFiled!: boolean;

  @Field(() => [TaskAsOfType])
  tasks!: TaskAsOfType[];

  @Field(() => [LetterAsOfType])
  letters!: LetterAsOfType[];

  @Field(() => [StatementAsOfType])
  statements!: StatementAsOfType[];

  @Field(() => Int)
  eventsApplied!: number;

  @Field(() => String, { nullable: true, description: '最后应用的事件位置 / Last event applied' })
  lastPosition!: string | null;

  @Field(() => Date, { nullable: true })
  lastEventAt!: Date | null;
}

@ObjectType('ExtensionRecord')
export class ExtensionRecordType {
  @Field()
  requestedAt!: Date;

  @Field()
  requestedDueAt!: Date;

  @Field()
  reason!: string;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Boolean, { nullable: true })
  approved!: boolean | null;

  @Field(() => String, { nullable: true, description: '审批意见 / Reason given with the decision' })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true })
  previousDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  newDueAt!: Date | null;
}

@ObjectType('ReasonedStep', { description: '退回或退回重办 / A return or a send-back, with its reason' })
export class ReasonedStepType {
  @Field()
  at!: Date;

  @Field(() => ID)
  byUnitId!: string;

  @Field()
  reason!: string;
}

@ObjectType('SupervisionRecord')
export class SupervisionRecordType {
  @Field()
  at!: Date;

  @Field(() => ID)
  noticeId!: string;

  @Field()
  replyDueAt!: Date;

  @Field({ description: '超时后系统自动督办 / Sent by the platform when the task fell overdue' })
  automatic!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: '督办逾期仍未交单、报送领导的时间 / When it was raised to the leaders, still not handed in',
  })
  escalatedAt!: Date | null;
}

@ObjectType('DeadlinePolicyInForce', {
  description: '派单时施行的本县时限规定 / The county’s deadline policy in force at dispatch',
})
export class DeadlinePolicyInForceType {
  @Field(() => Int)
  feedbackHours!: number;

  @Field(() => Int)
  hardCapHours!: number;

  @Field(() => Int)
  defaultHours!: number;

  @Field()
  sameDayForInquiries!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      '当日答复最少办理时间（工作时间分钟；早期工单未记录，即严格当日）/ Least working time for a same-day reply (not recorded on early tasks: the day, literally)',
  })
  sameDayLeastMinutes?: number;

  @Field({ description: '本县自定（否则为默认）/ Set by the county (otherwise the defaults)' })
  countySet!: boolean;

  @Field({ description: '按工作时间计算 / On working time' })
  onWorkingTime!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      '时限规定版本（0 为默认；早期工单未记录）/ Policy version (0: defaults; not recorded on early tasks)',
  })
  version?: number;

  @Field(() => [DeadlineStepRuleType], {
    description:
      '该等级的时限矩阵（早期工单为空）/ The matrix row of the task’s grade (empty on early tasks)',
  })
  rules!: DeadlineStepRuleType[];
}

@ObjectType('TaskCompliance', { description: '工单时限履行情况 / A task’s deadline record' })
export class TaskComplianceType {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field()
  incidentTitle!: string;

  @Field(() => ID)
  assigneeUnitId!: string;

  @Field(() => String, { nullable: true })
  assigneeUnitName!: string | null;

  @Field(() => ID)
  dispatcherUnitId!: string;

  @Field(() => TaskRole)
  role!: TaskRole;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => DeadlineRule, { description: '时限依据 / Which rule set the deadline' })
  deadlineRule!: DeadlineRule;

  @Field(() => DeadlinePolicyInForceType, {
    nullable: true,
    description: '派单时施行的时限规定（转派村时为空，沿用上级工单）/ Policy in force at dispatch',
  })
  policyInForce!: DeadlinePolicyInForceType | null;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field()
  dispatchedAt!: Date;

  @Field({ description: '派单时的时限 / Deadline at dispatch' })
  originalDueAt!: Date;

  @Field({ description: '现行时限（含延期）/ Deadline now, after extensions' })
  dueAt!: Date;

  @Field()
  hardDueAt!: Date;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  firstHandedInAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastHandedInAt!: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => [ExtensionRecordType])
  extensions!: ExtensionRecordType[];

  @Field(() => [ReasonedStepType], { description: '退回 / Returns by the assignee' })
  returns!: ReasonedStepType[];

  @Field(() => [ReasonedStepType], { description: '退回重办 / Sent back for rework' })
  reworks!: ReasonedStepType[];

  @Field(() => [SupervisionRecordType], { description: '督办 / Supervision notices' })
  supervisions!: SupervisionRecordType[];

  @Field(() => [Date], { description: '催办 / Reminders' })
  reminders!: Date[];

  @Field({ description: `${LATE_DEFINITION.zh} / ${LATE_DEFINITION.en}. Task.late says the same` })
  late!: boolean;

  @Field(() => Int, {
    description:
      '逾期分钟数：首次交单晚于时限多少，未交单则计至当前 / Minutes late: of the first hand-in, or up to now while none has come',
  })
  overdueMinutes!: number;
}

@ObjectType('ComplianceSummary')
export class ComplianceSummaryType {
  @Field(() => Int)
  tasks!: number;

  @Field(() => Int)
  handedIn!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int, { description: '未交单且已逾期 / Open and past the deadline' })
  openOverdue!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  returns!: number;

  @Field(() => Int)
  reworks!: number;

  @Field(() => Int)
  supervisions!: number;

  @Field(() => Number, { nullable: true, description: '按时率 / On-time rate (0–1)' })
  onTimeRate!: number | null;
}

@ObjectType('DeadlineCompliance')
export class DeadlineComplianceType {
  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Date, { nullable: true })
  from!: Date | null;

  @Field(() => Date, { nullable: true })
  to!: Date | null;

  @Field({ description: '计算逾期所用的时刻 / The moment overdue time is counted to' })
  asOf!: Date;

  @Field(() => ComplianceSummaryType)
  summary!: ComplianceSummaryType;

  @Field(() => [TaskComplianceType])
  tasks!: TaskComplianceType[];
}

@ObjectType('IntegrityFault')
export class IntegrityFaultType {
  @Field(() => IntegrityFaultKind)
  kind!: FaultKind;

  @Field({ description: '问题所在（中文）/ What is wrong, in Chinese' })
  message!: string;

  @Field()
  messageEn!: string;

  @Field(() => String, { nullable: true })
  streamId!: string | null;

  @Field(() => Int, { nullable: true })
  streamVersion!: number | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => Int, { nullable: true })
  checkpointSeq!: number | null;
}

@ObjectType('IndependentWitnessReport', {
  description:
    '独立见证方（如市委网信办的部署）对本部署封存点的副签 / What an independent witness (another deployment) countersigned',
})
export class IndependentWitnessReportType {
  @Field({ description: '见证方（地址与公钥编号）/ The witness (address and key id)' })
  name!: string;

  @Field({
    description: '本次校验时见证方是否应答（否则只核对本库保存的回执）/ Whether it answered this time',
  })
  reachable!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: '见证方已副签至第几号封存点 / The last checkpoint it countersigned',
  })
  countersignedThrough!: number | null;

  @Field(() => Int, {
    description:
      '尚无独立见证的已签名封存点：这段历史只有本部署自己见过 / Signed checkpoints no independent witness has seen yet',
  })
  notCountersigned!: number;
}

@ObjectType('IntegrityReport', { description: '完整性校验结果 / Result of an integrity check' })
export class IntegrityReportType {
  @Field({
    description:
      '未发现问题（不表示已封存：见 verdict）/ No fault found (not a statement that it is sealed: see verdict)',
  })
  ok!: boolean;

  @Field(() => IntegrityVerdict, {
    description:
      '结论：发现问题、未发现问题但尚未封存、部分封存、全部封存并核验无误 / Fault, no fault but not sealed, partly sealed, or sealed and verified',
  })
  verdict!: IntegrityVerdict;

  @Field()
  verifiedAt!: Date;

  @Field({ description: '校验签名所用公钥的编号 / Id of the public key signatures were checked with' })
  keyId!: string;

  @Field(() => Int)
  eventsChecked!: number;

  @Field(() => Int)
  streamsChecked!: number;

  @Field(() => Int)
  checkpointsChecked!: number;

  @Field(() => Int, { description: '签名功能启用前的封存点 / Checkpoints sealed before signing existed' })
  unsignedCheckpoints!: number;

  @Field(() => Int, {
    description: '库外见证的封存点 / Checkpoints held by the witness outside the database',
  })
  witnessedCheckpoints!: number;

  @Field(() => Int, { description: '尚未封存的事件（仅哈希链保护）/ Events not sealed yet' })
  unsealedEvents!: number;

  @Field(() => IndependentWitnessReportType, {
    nullable: true,
    description: '独立见证（未配置时为空）/ The independent witness, when one is configured',
  })
  independentWitness!: IndependentWitnessReportType | null;

  @Field(() => Int, { nullable: true })
  firstCheckpoint!: number | null;

  @Field(() => Int, { nullable: true })
  lastCheckpoint!: number | null;

  @Field(() => IntegrityFaultType, { nullable: true, description: '第一处问题 / The first broken link' })
  fault!: IntegrityFaultType | null;
}

@ObjectType('AuditKey', { description: '本部署的审计签名公钥 / This deployment’s audit signing key' })
export class AuditKeyType {
  @Field()
  keyId!: string;

  @Field({ description: 'Ed25519 公钥（PEM）/ Ed25519 public key, PEM' })
  publicKeyPem!: string;

  @Field({ description: '事件哈希算法 / Event hash algorithm for new events' })
  hashAlgorithm!: string;

  @Field(() => Int, {
    description:
      '启用签名前封存的封存点个数（此后的封存点均须签名）/ Checkpoints sealed before signing existed; every later one must be signed',
  })
  unsignedThrough!: number;
}

@ObjectType('IncidentBundleFile', {
  description:
    '事件的签名包（与 npm run audit:export 导出的文件相同），交纪检监察部门离线校验 / An incident’s signed bundle, as audit:export writes it, for offline verification',
})
export class IncidentBundleFileType {
  @Field({ description: '建议的文件名 / Suggested file name' })
  fileName!: string;

  @Field({ description: '文件内容（JSON，yuqing-audit-bundle 格式）/ The file: JSON in the bundle format' })
  content!: string;

  @Field(() => Int, { description: '事件条数 / Events in the bundle' })
  events!: number;

  @Field(() => Int, { description: '封存点个数 / Sealing checkpoints in the bundle' })
  checkpoints!: number;

  @Field({ description: '签名公钥编号 / Id of the key that signed it' })
  keyId!: string;

  @Field()
  exportedAt!: Date;
}
