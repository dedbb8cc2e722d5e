import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DiscoveryChannel,
  Grade,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  Platform,
  Veracity,
} from '../domain/incident.enums';
import './incident-enums.graphql';

@InputType('SpreadFiguresInput')
export class SpreadFiguresInput {
  @Field(() => Int, { defaultValue: 0 })
  posts!: number;

  @Field(() => Int, { defaultValue: 0 })
  reposts!: number;

  @Field(() => Int, { defaultValue: 0 })
  comments!: number;

  @Field(() => Int, { defaultValue: 0 })
  views!: number;

  @Field(() => Int, { defaultValue: 0 })
  mainstreamMediaPickups!: number;
}

@InputType('ReportIncidentInput', { description: '登记/上报舆情 / Register or report up an incident' })
export class ReportIncidentInput {
  @Field(() => DiscoveryChannel)
  channel!: DiscoveryChannel;

  @Field(() => Platform)
  platform!: Platform;

  @Field(() => [String], { defaultValue: [] })
  urls!: string[];

  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  excerpt!: string;

  @Field()
  discoveredAt!: Date;

  @Field(() => SpreadFiguresInput, { nullable: true })
  spread?: SpreadFiguresInput;

  @Field({
    defaultValue: false,
    description: '涉密：通知与订阅只含引用，不含内容 / Confidential: notifications carry a reference only',
  })
  confidential!: boolean;
}

@InputType('AssessIncidentInput', { description: '研判（可修订）/ Assess (revisable)' })
export class AssessIncidentInput {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '您看到的版本；已被他人更新时返回 VERSION_CONFLICT / The version you saw',
  })
  expectedVersion?: number;

  @Field(() => IncidentNature)
  nature!: IncidentNature;

  @Field(() => Veracity)
  veracity!: Veracity;

  @Field(() => IncidentField)
  field!: IncidentField;

  @Field(() => Grade)
  grade!: Grade;

  @Field(() => [String], { defaultValue: [] })
  indicators!: string[];

  @Field()
  reasoning!: string;
}

@InputType('IncidentFilter')
export class IncidentFilterInput {
  @Field(() => [IncidentStatus], { nullable: true })
  status?: IncidentStatus[];

  @Field(() => [Grade], { nullable: true })
  grade?: Grade[];

  @Field(() => [IncidentField], { nullable: true })
  field?: IncidentField[];

  @Field(() => [ID], {
    nullable: true,
    description:
      '涉及这些单位之一（上报、承办、收函、联动）/ Involving any of these units (reporter, task, letter, linkage)',
  })
  unitIds?: string[];

  @Field({ nullable: true, description: '登记时间不早于 / Reported at or after' })
  reportedFrom?: Date;

  @Field({ nullable: true, description: '登记时间早于 / Reported before' })
  reportedTo?: Date;

  @Field({ nullable: true, description: '在标题和摘要中搜索 / Search title and excerpt' })
  text?: string;
}
