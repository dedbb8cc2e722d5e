import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EscalationTarget, Grade } from '../domain/incident.enums';
import './incident-enums.graphql';
import { SpreadFiguresInput } from './incident.inputs';

@InputType({ isAbstract: true })
class IncidentStep {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw',
  })
  expectedVersion?: number;
}

@InputType('ListIncidentInput', { description: '列单 / List for disposal' })
export class ListIncidentInput extends IncidentStep {
  @Field({ description: '处置要求 / Requirements' })
  requirements!: string;
}

@InputType('IssueWarningInput', { description: '发布预警（002）/ Issue a warning' })
export class IssueWarningInput extends IncidentStep {
  @Field(() => Grade, { description: '预警级别 / Level' })
  level!: Grade;

  @Field({ description: '舆情对象 / Object' })
  object!: string;

  @Field({ description: '起始时间 / Starts' })
  startAt!: Date;

  @Field({ description: '可能影响范围 / Possible scope' })
  scope!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: '范围内的单位：预警送达它们的待办和渠道 / The units in the scope, whom the warning reaches',
  })
  scopeUnitIds!: string[];

  @Field({ description: '预警事项 / Matters' })
  matters!: string;

  @Field({ description: '应采取的措施 / Measures' })
  measures!: string;
}

@InputType('AdjustWarningInput', { description: '调整预警 / Adjust the warning' })
export class AdjustWarningInput extends IssueWarningInput {
  @Field({ description: '调整理由 / Reason' })
  reason!: string;
}

@InputType('LiftWarningInput', { description: '解除预警 / Lift the warning' })
export class LiftWarningInput extends IncidentStep {
  @Field({ description: '解除理由（已解决或平息）/ Reason (resolved or calm)' })
  reason!: string;
}

@InputType('EscalateIncidentInput', { description: '上报（逐级、双重报告）/ Escalate' })
export class EscalateIncidentInput extends IncidentStep {
  @Field(() => [EscalationTarget])
  to!: EscalationTarget[];

  @Field({ description: '报告内容 / Summary' })
  summary!: string;
}

@InputType('ActivateLinkageInput', { description: '启动"1+3+N"联动 / Activate the linkage' })
export class ActivateLinkageInput extends IncidentStep {
  @Field(() => [ID], {
    description: 'N：涉事部门和属地（可在建议基础上编辑）/ The N (edited from the proposal)',
  })
  memberUnitIds!: string[];

  @Field({ defaultValue: false, description: '低于阈值等级时经决定启动 / Below the threshold, by decision' })
  byDecision!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      '启动理由：经决定启动（byDecision）时必填且不能为空（INPUT.REASON_REQUIRED），达到阈值时可不填 / Why: required for a decision below the threshold',
  })
  reason?: string | null;
}

@InputType('AddLinkageMembersInput')
export class AddLinkageMembersInput extends IncidentStep {
  @Field(() => [ID])
  unitIds!: string[];
}

@InputType('ReleaseLinkageMemberInput')
export class ReleaseLinkageMemberInput extends IncidentStep {
  @Field(() => ID)
  unitId!: string;

  @Field()
  reason!: string;
}

@InputType('MarkIncidentCalmedInput')
export class MarkIncidentCalmedInput extends IncidentStep {
  @Field({ defaultValue: '' })
  note!: string;
}

@InputType('CloseIncidentInput', { description: '办结（工单均已销号或撤销、预警已解除）/ Close' })
export class CloseIncidentInput extends IncidentStep {
  @Field({ description: '办结说明 / Summary' })
  summary!: string;
}

@InputType('ReopenIncidentInput', { description: '重新打开（舆情反复）/ Reopen' })
export class ReopenIncidentInput extends IncidentStep {
  @Field()
  reason!: string;
}

@InputType('FileIncidentReviewInput', { description: '总结评估 / Post-incident review' })
export class FileIncidentReviewInput extends IncidentStep {
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
}

@InputType('AccountabilityFindingInput')
export class AccountabilityFindingInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true, description: '责任人姓名（平台外人员）/ Person, by name' })
  person?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '责任人（该单位在岗人员，优先于姓名）/ Person in the platform, of that unit',
  })
  userId?: string | null;

  @Field()
  finding!: string;

  @Field()
  measure!: string;
}

@InputType('RecordAccountabilityInput', { description: '记录追责 / Record accountability' })
export class RecordAccountabilityInput extends IncidentStep {
  @Field(() => [AccountabilityFindingInput])
  findings!: AccountabilityFindingInput[];
}

@InputType('NameIncidentResponsibilityInput', {
  description: '指定包保领导、跟踪专人（至少一项；未填的保持不变）/ Name who answers for the incident',
})
export class NameIncidentResponsibilityInput extends IncidentStep {
  @Field(() => ID, { nullable: true, description: '包保领导（县领导名单上的领导）/ Guarantor leader' })
  guarantorUserId?: string | null;

  @Field(() => ID, { nullable: true, description: '跟踪专人（主办单位在岗人员）/ Tracker' })
  trackerUserId?: string | null;
}

@InputType('HandleLocallyInput', { description: '乡镇自行处置（一般舆情）/ Take up as the township' })
export class HandleLocallyInput extends IncidentStep {}

@InputType('TakeOverIncidentInput', { description: '县中心接管 / Take over from the township' })
export class TakeOverIncidentInput extends IncidentStep {
  @Field({ description: '接管原因 / Reason' })
  reason!: string;
}

@InputType('RecordSpreadReadingInput', { description: '记录传播数据 / Record the spread as it stands' })
export class RecordSpreadReadingInput extends IncidentStep {
  @Field(() => SpreadFiguresInput)
  spread!: SpreadFiguresInput;

  @Field({ nullable: true, description: '读数时间（默认现在）/ When the figures were read (default: now)' })
  observedAt?: Date;
}

@InputType('SupplementIncidentInput', { description: '补充情况 / Add what you know' })
export class SupplementIncidentInput extends IncidentStep {
  @Field({ description: '补充的情况 / What you add' })
  text!: string;
}
