import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

/** The incident's field (IncidentField in the schema; defined by the incidents module). */
const IncidentFieldName = String;
import { Role, UnitKind } from '@app/access';

@ObjectType('Unit', { description: '单位（每个单位是一个租户）/ Unit (each unit is a tenant)' })
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field({ description: '名称 / Name' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '上级单位 / Parent unit' })
  parentId!: string | null;

  @Field(() => ID, { nullable: true, description: '所属县 / County' })
  countyId!: string | null;

  @Field({ description: '在用；停用后为 false / In service' })
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      '机关代字（发文字号的开头，如「清水网信」）；未设置时为空 / Document code (start of its document numbers)',
  })
  documentCode!: string | null;

  @Field(() => String, { nullable: true, description: '停用原因（停用时）/ Why it was stood down' })
  deactivatedReason!: string | null;

  @Field(() => Date, { nullable: true, description: '停用时间（停用时）/ Since when' })
  deactivatedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('LinkageSet', { description: '"1+3+N" 联动中的「1+3」/ The "1+3" of the linkage' })
export class LinkageSetType {
  @Field(() => UnitType, { nullable: true, description: '牵头：县委宣传部 / Leads: propaganda department' })
  propaganda!: UnitType | null;

  @Field(() => UnitType, { nullable: true, description: '网信 / Cyberspace' })
  cyberspace!: UnitType | null;

  @Field(() => UnitType, { nullable: true, description: '公安 / Public security' })
  police!: UnitType | null;

  @Field(() => UnitType, { nullable: true, description: '国安 / State security' })
  stateSecurity!: UnitType | null;
}

@ObjectType('LinkageFieldRule', {
  description: '领域→涉事部门（联动中的 N）/ Field → involved bureaus (the N)',
})
export class LinkageFieldRuleType {
  @Field(() => IncidentFieldName)
  field!: string;

  @Field(() => [ID])
  unitIds!: string[];
}

@ObjectType('GradeScaleLevel', { description: '本地分级的一个级别 / One level of a local scale' })
export class GradeScaleLevelType {
  @Field({ description: '级别名称，如“中级舆情” / The level’s own name' })
  label!: string;

  @Field(() => [String], { description: '对应的等级（I–IV）/ The county grades it stands for' })
  grades!: string[];
}

@ObjectType('SpreadCriterion', {
  description:
    '传播分级标准的一行：达到任一项即达到该等级；空表示该等级不用此项 / One grade’s spread criteria: reaching any figure reaches the grade',
})
export class SpreadCriterionType {
  @Field({ description: '等级 I、II 或 III（IV 级为其下的一切）' })
  grade!: string;

  @Field(() => Int, { nullable: true, description: '发帖量 / Posts' })
  posts!: number | null;

  @Field(() => Int, { nullable: true, description: '跟帖量 / Comments' })
  comments!: number | null;

  @Field(() => Int, { nullable: true, description: '点击量 / Views' })
  views!: number | null;

  @Field(() => Int, { nullable: true, description: '主流媒体报道数 / Mainstream media pick-ups' })
  mainstreamMediaPickups!: number | null;
}

@ObjectType('GradeScale', {
  description:
    '单位自己的舆情分级（如 002 小微/中级/重大、003 一般/重大/特大）与全县 I–IV 级的对应 / A unit’s own scale mapped onto I–IV',
})
export class GradeScaleType {
  @Field()
  name!: string;

  @Field(() => [GradeScaleLevelType], { description: '由轻到重 / From the mildest up' })
  levels!: GradeScaleLevelType[];

  @Field(() => [ID], { description: '使用该分级的单位 / Units that use it' })
  unitIds!: string[];
}

@ObjectType('LocalGrade', { description: '按本单位分级的级别 / The grade in the caller’s unit’s own scale' })
export class LocalGradeType {
  @Field({ description: '分级名称 / The scale' })
  scale!: string;

  @Field({ description: '本单位级别，如“重大舆情” / The level' })
  label!: string;
}

@ObjectType('DeadlinePolicy', {
  description: "本县工单时限（002、003）/ The county's deadlines for the loop",
})
export class DeadlinePolicyType {
  @Field(() => Int, {
    description: '三级及以上：派单后书面反馈时限（小时）/ Grade III+: written feedback due (hours)',
  })
  feedbackHours!: number;

  @Field(() => Int, { description: '最长时限，含延期（小时）/ Hard limit, extensions included (hours)' })
  hardCapHours!: number;

  @Field(() => Int, { description: '其他四级工单时限（小时）/ Other grade IV work (hours)' })
  defaultHours!: number;

  @Field({ description: '四级询问类当天答复 / Grade IV inquiries answered the same day' })
  sameDayForInquiries!: boolean;

  @Field(() => Int, {
    description:
      '当日答复最少办理时间（工作时间分钟，默认 60）：四级询问类当日答复，但承办单位至少有此办公时间（按本县办公时间与节假日计）；当日结束前不足的，顺延至足额时（如 23:27 派单，次一工作日 09:30 到期）；0 为严格当日 / Least working time for a same-day reply (office minutes, default 60): due at the end of the day, or once the unit has had this much office time if that comes later (dispatched at 23:27: 09:30 the next working day); 0 takes the day literally',
  })
  sameDayLeastMinutes!: number;

  @Field({
    description:
      '按工作时间计算（节假日与调休见 holidayCalendar）/ Hours count office hours of working days, not the clock',
  })
  onWorkingTime!: boolean;

  @Field({ description: '是否为本县自定（否则为默认）/ Set by the county (otherwise the defaults)' })
  custom!: boolean;

  @Field(() => Int, {
    description:
      '版本：每次修改加一，工单记录派单时的版本（0 为默认）/ Version: +1 per change; tasks record theirs (0: defaults)',
  })
  version!: number;

  @Field(() => Int, {
    description: '临期提醒：用时达到的百分比 / Nearly-due reminder at this share of the time (%)',
  })
  remindAtPercent!: number;

  @Field(() => Int, {
    description: '到期前再提醒（分钟）/ Second reminder this long before the deadline (minutes)',
  })
  remindBeforeMinutes!: number;

  @Field(() => Int, {
    description:
      '登记后未研判即报舆情快报（分钟）/ Flash report when still unassessed this long after registration (minutes)',
  })
  flashMinutes!: number;
}

@InputType('SetDeadlinePolicyInput')
export class SetDeadlinePolicyInput {
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
      '当日答复最少办理时间，0–960 工作时间分钟（不填则保持不变）/ Least working time for a same-day reply, 0–960 office minutes (unchanged when omitted)',
  })
  sameDayLeastMinutes?: number | null;

  @Field({
    defaultValue: false,
    description: '按工作时间计算（默认按自然时间）/ Count office hours of working days (default: the clock)',
  })
  onWorkingTime!: boolean;

  @Field(() => Int, { nullable: true, description: '不填则保持不变 / Unchanged when omitted' })
  remindAtPercent?: number | null;

  @Field(() => Int, { nullable: true, description: '不填则保持不变 / Unchanged when omitted' })
  remindBeforeMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '不填则保持不变 / Unchanged when omitted' })
  flashMinutes?: number | null;
}

@ObjectType('County', { description: '县（租户根）/ County (tenant root)' })
export class CountyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: '上级市委网信办 / City office above' })
  cityOfficeUnitId!: string | null;

  @Field(() => LinkageSetType)
  linkage!: LinkageSetType;

  @Field(() => [Role], {
    description: '须使用动态口令登录的角色 / Roles that must sign in with a second factor',
  })
  requireTotpRoles!: Role[];

  @Field(() => [LinkageFieldRuleType])
  linkageFieldRules!: LinkageFieldRuleType[];

  @Field(() => DeadlinePolicyType)
  deadlinePolicy!: DeadlinePolicyType;

  @Field(() => [GradeScaleType], {
    description: '各单位的本地分级与 I–IV 级的对应 / Units’ own grade scales, mapped onto I–IV',
  })
  gradeScales!: GradeScaleType[];

  @Field(() => [SpreadCriterionType], {
    description: '传播分级标准（I、II、III 级，由重到轻）/ The spread criteria in force, most severe first',
  })
  spreadCriteria!: SpreadCriterionType[];

  @Field({
    description: '传播分级标准为本县所设（否则为平台默认值）/ Whether the county set its own criteria',
  })
  spreadCriteriaCustom!: boolean;

  @Field(() => Int)
  version!: number;
}

@InputType('RegisterUnitInput')
export class RegisterUnitInput {
  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType('SetUnitDocumentCodeInput', {
  description:
    '设置机关代字：此后发文的发文字号为「代字〔年份〕序号号」/ Set the code its document numbers begin with',
})
export class SetUnitDocumentCodeInput {
  @Field(() => ID)
  unitId!: string;

  @Field({ description: '机关代字，2–10 个汉字或字母，如「清水网信」/ 2–10 letters, e.g. 清水网信' })
  code!: string;
}

@InputType('UpdateUnitInput')
export class UpdateUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType('DeactivateUnitInput', {
  description:
    '停用单位（撤并、机构改革）：其下级单位、人员、在办工单和未签收的提示函须先处理 / Stand a unit down',
})
export class DeactivateUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field({ description: '停用原因（2–200 字），记入单位历史 / Why (kept in its history)' })
  reason!: string;
}

@InputType('AssignLinkageRolesInput', { description: '指定本县「1+3」单位 / Name the county\'s "1+3"' })
export class AssignLinkageRolesInput {
  @Field(() => ID)
  propagandaUnitId!: string;

  @Field(() => ID)
  cyberspaceUnitId!: string;

  @Field(() => ID)
  policeUnitId!: string;

  @Field(() => ID)
  stateSecurityUnitId!: string;
}

@InputType('LinkageFieldRuleInput')
export class LinkageFieldRuleInput {
  @Field(() => IncidentFieldName)
  field!: string;

  @Field(() => [ID])
  unitIds!: string[];
}

@InputType('SetLinkageFieldRulesInput')
export class SetLinkageFieldRulesInput {
  @Field(() => [LinkageFieldRuleInput])
  rules!: LinkageFieldRuleInput[];
}

@InputType('GradeScaleLevelInput')
export class GradeScaleLevelInput {
  @Field({ description: '级别名称（1–12 字）' })
  label!: string;

  @Field(() => [String], { description: '对应的等级 I、II、III、IV（每个等级恰好属于一个级别）' })
  grades!: string[];
}

@InputType('GradeScaleInput')
export class GradeScaleInput {
  @Field({ description: '分级名称（2–40 字），如“司法局三级分类”' })
  name!: string;

  @Field(() => [GradeScaleLevelInput], { description: '2–4 个级别，由轻到重' })
  levels!: GradeScaleLevelInput[];

  @Field(() => [ID], { description: '使用该分级的本县单位（每个单位至多一套）' })
  unitIds!: string[];
}

@InputType('SetGradeScalesInput')
export class SetGradeScalesInput {
  @Field(() => [GradeScaleInput], { description: '全部本地分级（整体替换；空表示不再使用）/ All of them' })
  scales!: GradeScaleInput[];
}

@InputType('SpreadCriterionInput')
export class SpreadCriterionInput {
  @Field({ description: '等级 I、II 或 III' })
  grade!: string;

  @Field(() => Int, { nullable: true, description: '发帖量（空：不用此项）' })
  posts?: number | null;

  @Field(() => Int, { nullable: true, description: '跟帖量（空：不用此项）' })
  comments?: number | null;

  @Field(() => Int, { nullable: true, description: '点击量（空：不用此项）' })
  views?: number | null;

  @Field(() => Int, { nullable: true, description: '主流媒体报道数（空：不用此项）' })
  mainstreamMediaPickups?: number | null;
}

@InputType('SetSpreadCriteriaInput')
export class SetSpreadCriteriaInput {
  @Field(() => [SpreadCriterionInput], {
    description: 'I、II、III 级各一行（整体替换）/ One row for each of I, II, III',
  })
  criteria!: SpreadCriterionInput[];
}

@InputType('SetSecurityPolicyInput')
export class SetSecurityPolicyInput {
  @Field(() => [Role], {
    description: '须使用动态口令的角色，如 ADMIN、LEADER、AUDITOR / Roles that must use a second factor',
  })
  requireTotpRoles!: Role[];
}
