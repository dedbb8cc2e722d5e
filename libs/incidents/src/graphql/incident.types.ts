import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/graphql';
import {
  DiscoveryChannel,
  EscalationTarget,
  Grade,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  Platform,
  Veracity,
} from '../domain/incident.enums';
import { IncidentAction } from './incident-enums.graphql';

@ObjectType('SpreadFigures', { description: '传播数据 / Spread figures' })
export class SpreadFiguresType {
  @Field(() => Int, { description: '帖文数 / Posts' })
  posts!: number;

  @Field(() => Int, { description: '转发数 / Reposts' })
  reposts!: number;

  @Field(() => Int, { description: '评论数 / Comments' })
  comments!: number;

  @Field(() => Int, { description: '浏览量 / Views' })
  views!: number;

  @Field(() => Int, { description: '主流媒体转载家数 / Mainstream media outlets that picked it up' })
  mainstreamMediaPickups!: number;
}

@ObjectType('IncidentSpreadReading', {
  description: '事件的传播数据读数 / A later spread reading of the incident',
})
export class SpreadReadingType {
  @Field({ description: '读数时间 / When the figures were read' })
  observedAt!: Date;

  @Field(() => SpreadFiguresType)
  spread!: SpreadFiguresType;

  @Field(() => String, {
    nullable: true,
    description: '监测来源（空：人工记录）/ The monitor, or null when entered by a person',
  })
  sourceName!: string | null;

  @Field(() => ID, { nullable: true, description: '随之而来的舆情线索 / The intake item it came with' })
  intakeItemId!: string | null;

  @Field(() => ID, { description: '记录人 / Recorded by' })
  recordedBy!: string;

  @Field({ description: '记录时间 / Recorded at' })
  recordedAt!: Date;
}

@ObjectType('SpreadCriterionReached', { description: '达到的分级标准 / A criterion a reading reached' })
export class SpreadCriterionReachedType {
  @Field({ description: 'posts / comments / views / mainstreamMediaPickups' })
  figure!: string;

  @Field({ description: '指标名称 / The figure, in words' })
  label!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => Int, { description: '标准 / The criterion' })
  threshold!: number;
}

@ObjectType('ReassessmentRequest', {
  description: '传播数据已达更高等级标准，提请重新研判 / The spread asks for a new assessment',
})
export class ReassessmentRequestType {
  @Field(() => Grade, { nullable: true, description: '当时的等级（空：尚未研判）/ The grade then' })
  grade!: Grade | null;

  @Field(() => Grade, { description: '传播数据对应的等级 / The grade the figures reach' })
  suggestedGrade!: Grade;

  @Field(() => [SpreadCriterionReachedType])
  reasons!: SpreadCriterionReachedType[];

  @Field()
  at!: Date;
}

@ObjectType('Assessment', { description: '研判结论 / Assessment (研判)' })
export class AssessmentType {
  @Field(() => IncidentNature)
  nature!: IncidentNature;

  @Field(() => Veracity)
  veracity!: Veracity;

  @Field(() => IncidentField)
  field!: IncidentField;

  @Field(() => Grade)
  grade!: Grade;

  @Field(() => [String], { description: '研判指标 / Indicators' })
  indicators!: string[];

  @Field({ description: '研判理由 / Reasoning' })
  reasoning!: string;

  @Field(() => Int, { description: '第几次研判（可随时修订）/ Revision (assessments can be revised)' })
  revision!: number;

  @Field(() => ID, { description: '研判人 / Assessed by' })
  assessedBy!: string;

  @Field()
  assessedAt!: Date;
}

@ObjectType('Warning', {
  description: '预警（内容见 002：对象、级别、起始时间、范围、事项、措施、发布机关）/ Warning',
})
export class WarningType {
  @Field({ description: 'ISSUED 发布 / ADJUSTED 调整 / LIFTED 解除' })
  action!: string;

  @Field({ description: '是否生效 / In force' })
  active!: boolean;

  @Field(() => Grade, { description: '预警级别 / Level' })
  level!: Grade;

  @Field({ description: '舆情对象 / Object' })
  object!: string;

  @Field({ description: '起始时间 / Starts' })
  startAt!: Date;

  @Field({ description: '可能影响范围 / Possible scope' })
  scope!: string;

  @Field(() => [ID], { description: '预警送达的范围内单位 / The units in the scope, whom it reaches' })
  scopeUnitIds!: string[];

  @Field({ description: '预警事项 / Matters' })
  matters!: string;

  @Field({ description: '应采取的措施 / Measures' })
  measures!: string;

  @Field(() => ID, { description: '发布机关 / Issuing unit' })
  issuingUnitId!: string;

  @Field(() => String, { nullable: true, description: '调整或解除的理由 / Reason' })
  reason!: string | null;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('Linkage', { description: '"1+3+N" 联动 / Linkage' })
export class LinkageType {
  @Field()
  active!: boolean;

  @Field(() => ID, { description: '牵头单位（宣传部）/ Lead (propaganda department)' })
  leadUnitId!: string;

  @Field(() => [ID], { description: '网信、公安、国安 / The three' })
  coreUnitIds!: string[];

  @Field(() => [ID], { description: '涉事部门和属地（N）/ Involved units (N)' })
  memberUnitIds!: string[];

  @Field(() => [ID], { description: '已解除的成员 / Released members' })
  releasedUnitIds!: string[];

  @Field({ description: '低于阈值经决定启动 / Activated below threshold by decision' })
  byDecision!: boolean;

  @Field()
  reason!: string;

  @Field(() => ID)
  activatedBy!: string;

  @Field()
  activatedAt!: Date;
}

@ObjectType('Escalation', { description: '上报记录 / Escalation' })
export class EscalationType {
  @Field(() => [EscalationTarget])
  to!: EscalationTarget[];

  @Field()
  summary!: string;

  @Field(() => ID, { nullable: true })
  cityOfficeUnitId!: string | null;

  @Field(() => ID)
  by!: string;

  @Field(() => ID)
  byUnit!: string;

  @Field()
  at!: Date;
}

@ObjectType('JointConference', { description: '联席会议 / Joint conference' })
export class JointConferenceType {
  @Field(() => ID)
  id!: string;

  @Field()
  heldAt!: Date;

  @Field(() => [String], { description: '参会人员 / Participants' })
  participants!: string[];

  @Field(() => [ID], { description: '参会单位 / Participating units' })
  participantUnitIds!: string[];

  @Field(() => [String], { description: '会议决定 / Decisions' })
  decisions!: string[];

  @Field(() => [ID], { description: '会后派出的工单 / Follow-up tasks' })
  followUpTaskIds!: string[];

  @Field(() => ID)
  recordedBy!: string;
}

@ObjectType('IncidentReview', { description: '总结评估 / Post-incident review' })
export class IncidentReviewType {
  @Field({ description: '起因 / Cause' })
  cause!: string;

  @Field({ description: '传播特点 / Spread' })
  spread!: string;

  @Field({ description: '处置结果 / Result' })
  result!: string;

  @Field({ description: '经验 / Experience' })
  experience!: string;

  @Field({ description: '存在问题 / Problems' })
  problems!: string;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('AccountabilityFinding', { description: '追责结论 / Accountability finding' })
export class AccountabilityFindingType {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  person!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '责任人为平台人员时 / The person, when one in the platform',
  })
  userId?: string | null;

  @Field()
  finding!: string;

  @Field({ description: '处理措施 / Measure' })
  measure!: string;

  @Field(() => ID)
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType('IncidentPerson', { description: '对事件负责的人员 / A person who answers for the incident' })
export class IncidentPersonType {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { description: '所在单位 / Their unit' })
  unitId!: string;

  @Field({ description: '姓名（指定时）/ Name, as when named' })
  name!: string;

  @Field(() => String, { nullable: true, description: '职务（县领导）/ Post' })
  post!: string | null;
}

@ObjectType('LinkageProposal', {
  description: '联动建议（可在启动前编辑）/ Proposed linkage, editable before activation',
})
export class LinkageProposalType {
  @Field(() => ID, { nullable: true })
  leadUnitId!: string | null;

  @Field(() => [ID])
  coreUnitIds!: string[];

  @Field(() => [ID], { description: '按领域和属地建议的 N / The N proposed by field and locality' })
  proposedMemberUnitIds!: string[];

  @Field(() => Grade)
  thresholdGrade!: Grade;

  @Field({ description: '等级已达联动阈值；否则须经决定 / At or above the threshold; otherwise by decision' })
  meetsThreshold!: boolean;
}

@ObjectType('UnavailableIncidentAction', {
  description: '暂不可执行的操作 / A step not open now, with why',
})
export class UnavailableIncidentActionType {
  @Field(() => IncidentAction)
  action!: IncidentAction;

  @Field({ description: '原因 / Why, in Chinese' })
  reason!: string;

  @Field({ description: 'Why, in English' })
  reasonEn!: string;
}

@ObjectType('Incident', { description: '舆情事件 / Online public-opinion incident' })
export class IncidentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '版本号，用于并发控制 / Version, for optimistic concurrency' })
  version!: number;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field({ description: '标题 / Title' })
  title!: string;

  @Field({ description: '摘要 / Excerpt' })
  excerpt!: string;

  @Field(() => DiscoveryChannel)
  channel!: DiscoveryChannel;

  @Field(() => Platform)
  platform!: Platform;

  @Field(() => [String], { description: '原帖链接 / Links' })
  urls!: string[];

  @Field({ description: '发现时间 / Discovered at' })
  discoveredAt!: Date;

  @Field(() => SpreadFiguresType, { description: '登记时的传播数据 / The figures at registration' })
  spread!: SpreadFiguresType;

  @Field(() => [SpreadReadingType], {
    description: '此后的传播数据读数，按记录先后 / Later readings, in the order recorded',
  })
  spreadReadings!: SpreadReadingType[];

  @Field(() => ReassessmentRequestType, {
    nullable: true,
    description:
      '传播数据提请重新研判（研判后清除）/ The figures ask for a new assessment (until the next one)',
  })
  reassessment!: ReassessmentRequestType | null;

  @Field({ description: '是否涉密 / Confidential (涉密)' })
  confidential!: boolean;

  @Field(() => Grade, { nullable: true, description: '当前等级 / Current grade' })
  grade!: Grade | null;

  @Field(() => AssessmentType, { nullable: true, description: '最新研判 / Latest assessment' })
  assessment!: AssessmentType | null;

  @Field(() => ID, { description: '登记单位 / Registering unit' })
  reportingUnitId!: string;

  @Field(() => ID, { description: '主办单位（事件归属）/ The unit that owns the incident' })
  owningUnitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: '自行处置的乡镇（县中心接管前）/ The township handling it itself',
  })
  localUnitId!: string | null;

  @Field(() => ID, { description: '登记人 / Registered by' })
  reportedBy!: string;

  @Field({ description: '登记时间 / Registered at' })
  reportedAt!: Date;

  @Field(() => Date, { nullable: true, description: '列单时间 / Listed at' })
  listedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '处置要求 / Requirements' })
  requirements!: string | null;

  @Field(() => WarningType, { nullable: true, description: '当前预警 / The warning as it stands' })
  warning!: WarningType | null;

  @Field(() => [WarningType], { description: '预警记录 / Warning history' })
  warnings!: WarningType[];

  @Field(() => LinkageType, { nullable: true })
  linkage!: LinkageType | null;

  @Field(() => [EscalationType])
  escalations!: EscalationType[];

  @Field(() => [JointConferenceType])
  conferences!: JointConferenceType[];

  @Field(() => Date, { nullable: true })
  calmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: '重新打开次数 / Times reopened' })
  reopenCount!: number;

  @Field(() => IncidentReviewType, { nullable: true })
  review!: IncidentReviewType | null;

  @Field(() => [AccountabilityFindingType])
  accountability!: AccountabilityFindingType[];

  @Field(() => IncidentPersonType, { nullable: true, description: '包保领导 / Guarantor leader' })
  guarantor!: IncidentPersonType | null;

  @Field(() => IncidentPersonType, { nullable: true, description: '跟踪专人 / Tracker' })
  tracker!: IncidentPersonType | null;

  @Field(() => [IncidentAction], { description: '当前可执行的操作 / What the incident allows next' })
  allowedActions!: IncidentAction[];

  @Field(() => [UnavailableIncidentActionType], {
    description:
      '本人有权但当前尚不可执行的操作及原因 / Steps the caller may take but not now, each with why (the console shows them disabled)',
  })
  unavailableActions!: UnavailableIncidentActionType[];

  @Field(() => [ID], { description: '可见此事件的单位 / Units that see this incident' })
  involvedUnitIds!: string[];

  @Field()
  updatedAt!: Date;
}

export const IncidentConnection = ConnectionType(IncidentType, 'Incident');
