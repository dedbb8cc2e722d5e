import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Grade, IncidentStatus, Platform } from '@app/incidents';

@ObjectType('DailyReportGradeCounts', { description: '按等级计数 / Counts by grade' })
export class DailyReportGradeCountsType {
  @Field(() => Int, { description: 'I级（特别重大）' })
  I!: number;

  @Field(() => Int, { description: 'II级（重大）' })
  II!: number;

  @Field(() => Int, { description: 'III级（较大）' })
  III!: number;

  @Field(() => Int, { description: 'IV级（一般）' })
  IV!: number;

  @Field(() => Int, { description: '尚未研判定级 / Not assessed yet' })
  UNGRADED!: number;
}

@ObjectType('DailyReportFigures', {
  description: '日报数字（全县，编发时）/ The day in figures, county-wide',
})
export class DailyReportFiguresType {
  @Field(() => Int, { description: '当日新增舆情 / Incidents reported that day' })
  newIncidents!: number;

  @Field(() => DailyReportGradeCountsType)
  newByGrade!: DailyReportGradeCountsType;

  @Field(() => Int, { description: '在办（未结案）事件 / Open incidents' })
  openIncidents!: number;

  @Field(() => Int, { description: '当日结案 / Closed that day' })
  closedThatDay!: number;

  @Field(() => Int, { description: '当日派单 / Tasks dispatched that day' })
  tasksDispatchedThatDay!: number;

  @Field(() => Int, { description: '超时未交单的工单 / Tasks overdue and not handed in' })
  overdueTasks!: number;
}

@ObjectType('DailyReportItem', {
  description: '敏感信息（当日上报的舆情）/ A sensitive item: an incident of the day',
})
export class DailyReportItemType {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => String, {
    nullable: true,
    description: '标题；涉密事件不显示 / Title; none for a confidential one',
  })
  title!: string | null;

  @Field()
  confidential!: boolean;

  @Field(() => Grade, { nullable: true })
  grade!: Grade | null;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field(() => Platform)
  platform!: Platform;

  @Field()
  reportedAt!: Date;
}

@ObjectType('DailyReportRevision', { description: '编发记录 / One issue of the report' })
export class DailyReportRevisionType {
  @Field(() => Int)
  revision!: number;

  @Field()
  issuedByName!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: '更正说明 / Why it was corrected' })
  correctionReason!: string | null;
}

@ObjectType('DailyReport', { description: '舆情日报 / The county centre’s daily report' })
export class DailyReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '编发单位（县中心）/ The issuing centre' })
  unitId!: string;

  @Field({ description: '日报日期（北京时间，YYYY-MM-DD）/ The day reported on' })
  date!: string;

  @Field(() => Int, { description: '版次：1 为首次编发，之后每次更正加 1 / 1, then one more per correction' })
  revision!: number;

  @Field(() => DailyReportFiguresType)
  figures!: DailyReportFiguresType;

  @Field(() => [DailyReportItemType], { description: '敏感信息 / Sensitive items' })
  sensitive!: DailyReportItemType[];

  @Field(() => [String], { description: '正面宣传 / Positive publicity' })
  positive!: string[];

  @Field({ description: '值班员说明 / Remarks' })
  remarks!: string;

  @Field(() => String, { nullable: true, description: '本版的更正说明 / This revision’s reason' })
  correctionReason!: string | null;

  @Field(() => [String], { description: '报送单位 / Sent to' })
  recipientNames!: string[];

  @Field()
  issuedByName!: string;

  @Field()
  issuedAt!: Date;

  @Field(() => [DailyReportRevisionType])
  revisions!: DailyReportRevisionType[];
}

@ObjectType('DailyReportDraft', {
  description: '日报草稿：此刻编发将报送的内容 / What the report would say now',
})
export class DailyReportDraftType {
  @Field()
  date!: string;

  @Field(() => DailyReportFiguresType)
  figures!: DailyReportFiguresType;

  @Field(() => [DailyReportItemType])
  sensitive!: DailyReportItemType[];

  @Field(() => DailyReportType, { nullable: true, description: '当日已编发的日报 / The issue already made' })
  issued!: DailyReportType | null;
}

@InputType({ description: '编发舆情日报 / Issue the daily report' })
export class IssueDailyReportInput {
  @Field({ description: 'YYYY-MM-DD（北京时间）' })
  date!: string;

  @Field(() => [String], { defaultValue: [], description: '正面宣传，每条一项（最多 20 条）' })
  positive!: string[];

  @Field({ defaultValue: '', description: '值班员说明' })
  remarks!: string;

  @Field(() => String, { nullable: true, description: '更正说明：同日再次编发时必填' })
  correctionReason?: string | null;
}
