import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { InboxChangeKind } from '@app/inbox';
import { RiskLetterType, TaskType } from '@app/dispatch';
import { ConnectionType, registerLabelledEnum } from '@app/graphql';
import { HandlingPlanType, LeaderInstructionType } from '@app/leadership';
import { StatementType } from '@app/response';
import { DESK_ITEM_KIND_LABELS, DeskItemKind } from '../domain/desk-item';

// The GraphQL name stays InboxItemType: the 待办 grew kinds, clients that knew TASK and LETTER keep working.
registerLabelledEnum(DeskItemKind, 'InboxItemType', '待办类型 / Inbox item type', DESK_ITEM_KIND_LABELS);

@ObjectType('InboxArrival', {
  description:
    '待阅消息：快报、专报、日报、预警、联动通知等（已阅后离开待办）/ Something that arrived for you to read',
})
export class DeskArrivalType {
  @Field(() => ID, { description: '消息编号（标记已阅用）/ Its id, to mark it read' })
  id!: string;

  @Field(() => InboxChangeKind)
  kind!: InboxChangeKind;

  @Field({ description: '引用对象类型 / What it refers to' })
  refType!: string;

  @Field(() => ID)
  refId!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => String, { nullable: true, description: '标题（涉密事项为空）/ Title; none when confidential' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '附言 / What the platform adds' })
  note!: string | null;

  @Field()
  confidential!: boolean;

  @Field(() => ID, { description: '来自单位 / From unit' })
  fromUnitId!: string;

  @Field({ description: '送达时间 / Arrived at' })
  arrivedAt!: Date;
}

@InputType('MarkArrivalsReadInput', { description: '标记已阅 / Mark arrivals read' })
export class MarkArrivalsReadInput {
  @Field(() => [ID], { description: '待阅消息编号（最多 200 条）/ Arrival ids, at most 200' })
  ids!: string[];
}

@ObjectType('MarkArrivalsReadPayload')
export class MarkArrivalsReadPayload {
  @Field(() => Int, { description: '新标记已阅的条数 / How many were newly marked read' })
  marked!: number;
}

@ObjectType('InboxItem', {
  description: '待办：工单、提示函、口径/通稿、处置方案、领导批示、待阅消息 / Something waiting for you',
})
export class DeskItemType {
  @Field(() => DeskItemKind)
  type!: DeskItemKind;

  @Field(() => Date, {
    nullable: true,
    description: '时限（无时限的为空）/ Due, where the thing has a deadline',
  })
  dueAt!: Date | null;

  @Field()
  overdue!: boolean;

  @Field({ description: '等待自 / Waiting since' })
  since!: Date;

  @Field({ description: '需要做什么 / What you need to do' })
  action!: string;

  @Field(() => TaskType, { nullable: true })
  task!: TaskType | null;

  @Field(() => RiskLetterType, { nullable: true })
  letter!: RiskLetterType | null;

  @Field(() => StatementType, { nullable: true })
  statement!: StatementType | null;

  @Field(() => HandlingPlanType, { nullable: true })
  handlingPlan!: HandlingPlanType | null;

  @Field(() => LeaderInstructionType, { nullable: true })
  instruction!: LeaderInstructionType | null;

  @Field(() => DeskArrivalType, { nullable: true })
  arrival!: DeskArrivalType | null;
}

export const DeskConnection = ConnectionType(DeskItemType, 'InboxItem');
