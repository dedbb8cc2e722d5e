import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/graphql';
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

  @Field(() => SpreadFiguresType)
  spread!: SpreadFiguresType;

  @Field({ description: '是否涉密 / Confidential (涉密)' })
  confidential!: boolean;

  @Field(() => Grade, { nullable: true, description: '当前等级 / Current grade' })
  grade!: Grade | null;

  @Field(() => AssessmentType, { nullable: true, description: '最新研判 / Latest assessment' })
  assessment!: AssessmentType | null;

  @Field(() => ID, { description: '登记单位 / Registering unit' })
  reportingUnitId!: string;

  @Field(() => ID, { description: '登记人 / Registered by' })
  reportedBy!: string;

  @Field({ description: '登记时间 / Registered at' })
  reportedAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const IncidentConnection = ConnectionType(IncidentType, 'Incident');
