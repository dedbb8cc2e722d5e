import { Field, ObjectType } from '@nestjs/graphql';
import { RiskLetterType, TaskType } from '@app/dispatch';
import { ConnectionType, registerLabelledEnum } from '@app/graphql';
import { HandlingPlanType, LeaderInstructionType } from '@app/leadership';
import { StatementType } from '@app/response';
import { DESK_ITEM_KIND_LABELS, DeskItemKind } from '../domain/desk-item';

// The GraphQL name stays InboxItemType: the 待办 grew kinds, clients that knew TASK and LETTER keep working.
registerLabelledEnum(DeskItemKind, 'InboxItemType', '待办类型 / Inbox item type', DESK_ITEM_KIND_LABELS);

@ObjectType('InboxItem', {
  description: '待办：工单、提示函、口径/通稿、处置方案、领导批示 / Something waiting for you to act',
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
}

export const DeskConnection = ConnectionType(DeskItemType, 'InboxItem');
