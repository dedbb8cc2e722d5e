import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { UnitKind } from '@app/access';
import { registerLabelledEnum } from '@app/graphql';
import { BreakdownDimension, DIMENSION_LABELS } from '../domain/incident-breakdown';
import { PeriodKind } from '../domain/periods';

registerLabelledEnum(PeriodKind, 'AssessmentPeriodKind', '统计期间 / Statistics period', {
  MONTH: { zh: '月度', en: 'Month' },
  QUARTER: { zh: '季度', en: 'Quarter' },
  YEAR: { zh: '年度', en: 'Year' },
  RANGE: { zh: '自定义起止日期', en: 'Any range of days' },
});

registerLabelledEnum(
  BreakdownDimension,
  'AssessmentBreakdownDimension',
  '舆情分布的维度 / What incidents are counted by',
  Object.fromEntries(
    Object.entries(DIMENSION_LABELS).map(([k, zh]) => [k, { zh, en: `By ${k.toLowerCase()}` }]),
  ) as Record<BreakdownDimension, { zh: string; en: string }>,
);

/** Which rules score the period: those in force on each day, or today's (a separate view, labelled so). */
export const AssessmentRules = { IN_FORCE: 'IN_FORCE', CURRENT: 'CURRENT' } as const;
export type AssessmentRules = (typeof AssessmentRules)[keyof typeof AssessmentRules];
registerLabelledEnum(AssessmentRules, 'AssessmentRules', '考核规则 / Which rules score the period', {
  IN_FORCE: { zh: '当期规则（考核结果）', en: 'The rules in force on each day (the assessment)' },
  CURRENT: { zh: '按现行规则重算（仅供参考）', en: "Today's rules on the period (for reference only)" },
});

@InputType('AssessmentPeriodInput', { description: '统计期间（北京时间）/ A period, in Beijing time' })
export class AssessmentPeriodInput {
  @Field(() => PeriodKind)
  kind!: PeriodKind;

  @Field(() => Int, { nullable: true, description: '年份（月度、季度、年度）/ Year' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '月份 1–12 / Month' })
  month?: number | null;

  @Field(() => Int, { nullable: true, description: '季度 1–4 / Quarter' })
  quarter?: number | null;

  @Field(() => String, { nullable: true, description: '开始日期 YYYY-MM-DD（自定义）/ First day' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '结束日期 YYYY-MM-DD（含）/ Last day, included' })
  to?: string | null;
}

@InputType('AssessmentStatisticsInput')
export class AssessmentStatisticsInput {
  @Field(() => AssessmentPeriodInput)
  period!: AssessmentPeriodInput;

  @Field(() => ID, { nullable: true, description: '只看一个单位（默认：可见范围内全部）/ One unit only' })
  unitId?: string | null;

  @Field(() => [UnitKind], { nullable: true, description: '单位类型筛选 / Unit kinds' })
  unitKinds?: UnitKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: '乡镇筛选：该乡镇及其村（社区）/ A township and its villages',
  })
  townshipId?: string | null;

  @Field(() => AssessmentRules, { defaultValue: AssessmentRules.IN_FORCE })
  rules!: AssessmentRules;
}

@ObjectType('AssessmentFigures', {
  description: '一个单位（或合计）在期间内的统计数 / Figures of a unit (or a total) over a period',
})
export class AssessmentFiguresType {
  @Field(() => Int, { description: '收到工单' })
  tasksReceived!: number;

  @Field(() => Int, { description: '签收工单' })
  tasksSigned!: number;

  @Field(() => Int, { description: '超时签收' })
  signedLate!: number;

  @Field(() => Int, { description: '退回（拒收）工单' })
  tasksReturned!: number;

  @Field(() => Int, { description: '首次交单' })
  handedIn!: number;

  @Field(() => Int, { description: '按时交单' })
  handedInOnTime!: number;

  @Field(() => Int, { description: '逾期交单' })
  handedInLate!: number;

  @Field(() => Int, { description: '逾期交单合计分钟' })
  lateMinutes!: number;

  @Field(() => Int, { description: '逾期1小时以内' })
  lateUpTo1h!: number;

  @Field(() => Int, { description: '逾期1–6小时' })
  late1To6h!: number;

  @Field(() => Int, { description: '逾期6–24小时' })
  late6To24h!: number;

  @Field(() => Int, { description: '逾期1–3天' })
  late24To72h!: number;

  @Field(() => Int, { description: '逾期3天以上' })
  lateOver72h!: number;

  @Field(() => Int, { description: '重办后再交单' })
  resubmitted!: number;

  @Field(() => Int, { description: '被退回重办' })
  sentBack!: number;

  @Field(() => Int, { description: '销号' })
  accepted!: number;

  @Field(() => Int, { description: '时限前销号（提前办结）' })
  earlyClosures!: number;

  @Field(() => Int, { description: '超时' })
  overdue!: number;

  @Field(() => Int, { description: '申请延期' })
  extensionsRequested!: number;

  @Field(() => Int, { description: '获准延期' })
  extensionsGranted!: number;

  @Field(() => Int, { description: '督办（人工）' })
  supervised!: number;

  @Field(() => Int, { description: '催办（人工）' })
  reminded!: number;

  @Field(() => Int, { description: '超时升级' })
  escalated!: number;

  @Field(() => Int, { description: '收到风险提示函' })
  lettersReceived!: number;

  @Field(() => Int, { description: '签收提示函' })
  lettersSigned!: number;

  @Field(() => Int, { description: '超时签收提示函' })
  lettersSignedLate!: number;

  @Field(() => Int, { description: '提示函未按时签收' })
  lettersMissed!: number;

  @Field(() => Int, { description: '上报/登记舆情' })
  incidentsReported!: number;

  @Field(() => Int, { description: '发现至上报合计分钟' })
  reportLagMinutes!: number;

  @Field(() => Int, { description: '研判舆情（县中心）' })
  incidentsAssessed!: number;

  @Field(() => Int, { description: '发现至研判合计分钟' })
  assessLagMinutes!: number;

  @Field(() => Int, { description: '发布预警（县中心）' })
  warningsIssued!: number;

  @Field(() => Int, { description: '发现至预警合计分钟' })
  warnLagMinutes!: number;

  @Field(() => Int, { description: '首次派单的舆情（县中心）' })
  incidentsDispatched!: number;

  @Field(() => Int, { description: '发现至派单合计分钟' })
  dispatchLagMinutes!: number;

  @Field(() => Int, { description: '收到询问/诉求类工单（须当日答复处理意见）' })
  inquiryTasks!: number;

  @Field(() => Int, { description: '询问/诉求类工单已首次答复（首次报送办理意见或交单）' })
  inquiryReplies!: number;

  @Field(() => Int, { description: '收单至首次答复合计分钟' })
  inquiryReplyLagMinutes!: number;

  @Field(() => Int, { description: '当日答复' })
  inquiryRepliedSameDay!: number;

  @Field(() => Int, { description: '迟报（发现至上报超过本县迟报时限）' })
  lateReports!: number;

  @Field(() => Int, { description: '漏报（发现至上报超过本县漏报时限）' })
  missedReports!: number;

  @Field(() => Float, { nullable: true, description: '平均首次答复分钟 / Mean first-reply lag of inquiries' })
  averageInquiryReplyMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '当日答复率（询问/诉求类工单中当日答复的比例）/ Share of inquiries answered the same day',
  })
  inquirySameDayRate!: number | null;

  @Field(() => Float, { nullable: true, description: '平均发现至上报分钟 / Mean discovery-to-report lag' })
  averageReportLagMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: '平均发现至研判分钟（县中心）' })
  averageAssessLagMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: '平均发现至预警分钟（县中心）' })
  averageWarnLagMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: '平均发现至派单分钟（县中心）' })
  averageDispatchLagMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '按时交单率（首次交单中按时的比例）/ On-time share of first hand-ins',
  })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: '平均逾期分钟 / Mean lateness of late hand-ins' })
  averageLateMinutes!: number | null;
}

@ObjectType('AssessmentPeriod')
export class AssessmentPeriodType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: '如 2026年3月 / e.g. March 2026' })
  label!: string;

  @Field({
    description: '期间已结束：数字不再变动，其后补录的事实列为更正 / Over: later facts are corrections',
  })
  closed!: boolean;
}

@ObjectType('UnitAssessment', { description: "一个单位的统计与考核 / A unit's figures and score" })
export class UnitAssessmentType {
  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => UnitKind)
  unitKind!: UnitKind;

  @Field(() => AssessmentFiguresType, { description: "期末已记录的数字 / As recorded by the period's end" })
  figures!: AssessmentFiguresType;

  @Field(() => AssessmentFiguresType, {
    nullable: true,
    description: '期末之后补录的更正（不计入上面的数字）/ Late corrections recorded after the period closed',
  })
  corrections!: AssessmentFiguresType | null;

  @Field(() => Int, { description: "期末仍未交单的超时工单 / Overdue and still open at the period's end" })
  overdueOpenAtEnd!: number;

  @Field(() => Float, { description: '考核得分 / Score' })
  score!: number;

  @Field(() => Float, {
    description: '计入更正后的得分（仅供参考）/ Score with the late corrections, for reference',
  })
  scoreWithCorrections!: number;

  @Field(() => Int, { nullable: true, description: '名次（仅县级可见时）/ Rank, when the county is visible' })
  rank!: number | null;
}

@ObjectType('AssessmentMonth', { description: '月度趋势的一点 / One month of the trend' })
export class AssessmentMonthType {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => AssessmentFiguresType)
  figures!: AssessmentFiguresType;
}

@ObjectType('AssessmentLatenessBucket', { description: '逾期时长分布 / Lateness distribution' })
export class AssessmentLatenessBucketType {
  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AssessmentPolicyVersion', {
  description: "考核规则的一个版本 / A version of the county's 考核 rules",
})
export class AssessmentPolicyType {
  @Field(() => Int, { description: '0：系统默认 / 0: the default' })
  version!: number;

  @Field({ description: '生效日期（北京时间）/ In force from' })
  effectiveFrom!: string;

  @Field(() => Int)
  baseScore!: number;

  @Field(() => Int, { description: '逾期交单每件扣分' })
  lateHandIn!: number;

  @Field(() => Int, { description: '超时每件扣分' })
  overdue!: number;

  @Field(() => Int, { description: '督办每次扣分' })
  supervision!: number;

  @Field(() => Int, { description: '退回重办每次扣分' })
  sentBack!: number;

  @Field(() => Int, { description: '提示函未按时签收每件扣分' })
  missedLetter!: number;

  @Field(() => Int, { description: '时限前销号每件加分' })
  earlyClosureBonus!: number;

  @Field(() => Int, { description: '迟报每件扣分' })
  lateReport!: number;

  @Field(() => Int, { description: '漏报每件扣分' })
  missedReport!: number;

  @Field(() => Int, { description: '迟报时限：发现后超过此分钟数上报为迟报' })
  lateReportAfterMinutes!: number;

  @Field(() => Int, { description: '漏报时限：发现后超过此分钟数上报为漏报' })
  missedReportAfterMinutes!: number;

  @Field({ description: '向各单位公开匿名排名 / Units see the anonymised ranking' })
  shareRanking!: boolean;
}

@ObjectType('AssessmentBreakdownRow', { description: '舆情分布的一项 / One value of a breakdown' })
export class AssessmentBreakdownRowType {
  @Field({ description: '取值（枚举名，未研判为 UNASSESSED）/ The value' })
  value!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: "期末已记录的件数 / As recorded by the period's end" })
  count!: number;

  @Field(() => Int, {
    description: '期后补录的更正（可为负，不计入件数）/ Late corrections, may be negative, not in count',
  })
  corrections!: number;
}

@ObjectType('AssessmentBreakdown', {
  description:
    '舆情分布：级别、领域、发现渠道、平台按期内上报的舆情计，办结方式按期内办结的舆情计 / Incidents by dimension',
})
export class AssessmentBreakdownType {
  @Field(() => BreakdownDimension)
  dimension!: BreakdownDimension;

  @Field()
  label!: string;

  @Field(() => [AssessmentBreakdownRowType])
  rows!: AssessmentBreakdownRowType[];
}

@ObjectType('AssessmentStatistics', { description: '统计与考核 / Statistics and assessment for a period' })
export class AssessmentStatisticsType {
  @Field(() => AssessmentPeriodType)
  period!: AssessmentPeriodType;

  @Field(() => AssessmentRules)
  rules!: AssessmentRules;

  @Field({ description: '所用规则的说明 / Which rules scored it, in words' })
  rulesLabel!: string;

  @Field(() => [AssessmentPolicyType], { description: '计分所用的规则版本 / The versions that scored it' })
  policies!: AssessmentPolicyType[];

  @Field(() => [UnitAssessmentType])
  units!: UnitAssessmentType[];

  @Field(() => AssessmentFiguresType, { description: '所选单位合计 / Total of the units shown' })
  total!: AssessmentFiguresType;

  @Field(() => [AssessmentMonthType], { description: '月度趋势（所选单位合计）/ Monthly trend' })
  trend!: AssessmentMonthType[];

  @Field(() => [AssessmentLatenessBucketType])
  lateness!: AssessmentLatenessBucketType[];

  @Field(() => [AssessmentBreakdownType], {
    description:
      '舆情分布（县级：全县；单位：本单位登记的舆情）/ Incidents by grade, field, channel, platform, outcome',
  })
  incidents!: AssessmentBreakdownType[];
}

@ObjectType('AssessmentRankingRow', { description: '匿名排名的一行 / A row of the anonymised ranking' })
export class AssessmentRankingRowType {
  @Field(() => Int)
  rank!: number;

  @Field(() => Float)
  score!: number;

  @Field({ description: "是否本单位 / Whether it is the caller's unit" })
  isSelf!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '单位名称（仅本单位或县级可见）/ Name: own unit, or county readers',
  })
  unitName!: string | null;
}

@ObjectType('AssessmentRanking')
export class AssessmentRankingType {
  @Field(() => AssessmentPeriodType)
  period!: AssessmentPeriodType;

  @Field(() => [AssessmentRankingRowType])
  rows!: AssessmentRankingRowType[];
}

@InputType('AssessmentPointsInput')
export class AssessmentPointsInput {
  @Field(() => Int)
  lateHandIn!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  supervision!: number;

  @Field(() => Int)
  sentBack!: number;

  @Field(() => Int)
  missedLetter!: number;

  @Field(() => Int)
  earlyClosureBonus!: number;

  @Field(() => Int, { nullable: true, description: '迟报每件扣分（默认 1）' })
  lateReport?: number | null;

  @Field(() => Int, { nullable: true, description: '漏报每件扣分（默认 2）' })
  missedReport?: number | null;
}

@InputType('SetAssessmentPolicyInput', {
  description: "设置考核规则（县系统管理员）/ Set the county's 考核 rules",
})
export class SetAssessmentPolicyInput {
  @Field(() => Int, { defaultValue: 100 })
  baseScore!: number;

  @Field(() => AssessmentPointsInput)
  points!: AssessmentPointsInput;

  @Field({ defaultValue: false })
  shareRanking!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: '迟报时限（分钟，默认 120）：发现后超过此时限上报为迟报 / Late after (minutes)',
  })
  lateReportAfterMinutes?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '漏报时限（分钟，默认 1440）：发现后超过此时限上报为漏报 / Missed after (minutes)',
  })
  missedReportAfterMinutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '生效日期 YYYY-MM-DD（默认今日，不可早于今日）/ In force from (default today)',
  })
  effectiveFrom?: string | null;
}
