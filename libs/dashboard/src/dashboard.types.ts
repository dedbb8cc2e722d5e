import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Grade, IncidentStatus } from '@app/incidents';

@ObjectType('IncidentCount', { description: '按等级与状态的在办舆情数 / Open incidents by grade and status' })
export class IncidentCountType {
  @Field(() => Grade, { nullable: true, description: '未研判为空 / Null before assessment' })
  grade!: Grade | null;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DailyIncidentCount', {
  description: '每日新登记舆情数（北京时间）/ Incidents registered per day',
})
export class DailyIncidentCountType {
  @Field({ description: '日期 YYYY-MM-DD（北京时间）/ Day in Beijing time' })
  day!: string;

  @Field(() => Grade, { nullable: true })
  grade!: Grade | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('UnitOnTime', { description: '单位按时办结情况 / A unit’s on-time record' })
export class UnitOnTimeType {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int, { description: '期间派给该单位的工单 / Tasks dispatched to it in the period' })
  tasks!: number;

  @Field(() => Int, { description: '已交单 / Handed in' })
  handedIn!: number;

  @Field(() => Int, { description: '按时交单 / Handed in on time' })
  onTime!: number;

  @Field(() => Int, { description: '在办且已超时 / Open and past the deadline' })
  openOverdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: '按时率＝按时交单 ÷（已交单＋在办超时）/ On-time rate; null when nothing is due yet',
  })
  onTimeRate!: number | null;
}

@ObjectType('Dashboard', {
  description:
    '工作台：在办舆情、超时与临期工单、未签收提示函、趋势与按时率 / The county centre’s workbench figures',
})
export class DashboardType {
  @Field()
  asOf!: Date;

  @Field(() => [IncidentCountType], { description: '在办（未办结）舆情 / Open incidents' })
  openIncidents!: IncidentCountType[];

  @Field(() => Int, { description: '超时未交单工单 / Tasks past their deadline, not handed in' })
  overdueTasks!: number;

  @Field(() => Int, { description: '2 小时内到期工单 / Tasks due within 2 hours' })
  nearlyDueTasks!: number;

  @Field(() => Int, {
    description:
      '未签收的提示函：本单位尚未签收的（乡镇、部门各计本单位的签收）；县中心与审计计有任一单位未签收的 / Risk letters not signed for: a unit counts its own receipts; the county centre and auditors count letters any recipient has yet to sign',
  })
  unsignedLetters!: number;

  @Field(() => [DailyIncidentCountType], { description: '近 N 天每日新登记 / Registered per day' })
  trend!: DailyIncidentCountType[];

  @Field(() => [UnitOnTimeType], { description: '近 N 天各单位按时率 / Per-unit on-time rates' })
  unitOnTime!: UnitOnTimeType[];
}
