import { UseGuards } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, GraphqlContext, Principal } from '@app/access';
import {
  LiveTopics,
  onOwnedTopic,
  ownedTopic,
  registerLabelledEnum,
  subscriptionPosition,
} from '@app/graphql';
import { RecordedEvent } from '@app/event-store';
import {
  arrivalIncludes,
  INBOX_AUDIENCE_LABELS,
  INBOX_CHANGE_LABELS,
  InboxAudience,
  INBOX_REF_LABELS,
  InboxChangeKind,
  InboxItemArrivedData,
  INBOX_STREAM_TYPE,
  InboxRef,
} from './domain/inbox.events';

registerLabelledEnum(InboxChangeKind, 'InboxChangeKind', '待办变化类型 / What arrived', INBOX_CHANGE_LABELS);
registerLabelledEnum(InboxRef, 'InboxRef', '所指对象 / What it refers to', INBOX_REF_LABELS);
registerLabelledEnum(InboxAudience, 'InboxAudience', '面向 / For whom', INBOX_AUDIENCE_LABELS);

@ObjectType('InboxChange', { description: "本单位待办的变化 / A change in your unit's inbox" })
export class InboxChangeType {
  @Field(() => InboxChangeKind)
  kind!: InboxChangeKind;

  @Field(() => InboxRef)
  refType!: InboxRef;

  @Field(() => ID)
  refId!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => ID)
  fromUnitId!: string;

  @Field(() => String, {
    nullable: true,
    description: '事件标题；涉密事件不含内容 / Title; none for confidential incidents',
  })
  title!: string | null;

  @Field()
  confidential!: boolean;

  @Field()
  at!: Date;

  @Field(() => InboxAudience)
  audience!: InboxAudience;

  @Field(() => ID, {
    description: '日志位置；断线后以 after 续订 / Log position: resubscribe with it as `after` after a drop',
  })
  position!: string;

  @Field(() => String, {
    nullable: true,
    description: '平台附言，如「距时限还剩 1 小时」/ What the platform adds',
  })
  note!: string | null;

  @Field(() => String, { nullable: true })
  noteEn!: string | null;
}

const toChange = (e: RecordedEvent): InboxChangeType => {
  const d = e.data as unknown as InboxItemArrivedData;
  return {
    kind: d.kind,
    refType: d.refType,
    refId: d.refId,
    incidentId: d.incidentId,
    fromUnitId: d.fromUnitId,
    // 涉密 (002): only the reference travels.
    title: d.confidential ? null : d.title,
    confidential: d.confidential,
    at: new Date(d.at),
    audience: d.audience ?? InboxAudience.UNIT,
    // A platform note may quote the item (a report's title): for a confidential one it stays off the wire too.
    note: d.confidential ? null : (d.note?.zh ?? null),
    noteEn: d.confidential ? null : (d.note?.en ?? null),
    position: `${e.transactionId}:${e.globalPosition}`,
  };
};

@Resolver()
@UseGuards(AuthenticatedGuard)
export class InboxSubscriptionResolver {
  constructor(private readonly topics: LiveTopics) {}

  @Subscription(() => InboxChangeType, {
    description: "本单位待办的变化（graphql-ws）/ Changes in your unit's inbox (graphql-ws)",
    resolve: (e: RecordedEvent) => toChange(e),
    // A notice for the unit's leaders (or administrators) reaches them, not every clerk of the unit; one naming
    // people (the leaders in charge of a field) reaches those people only.
    filter: (e: RecordedEvent, _args: unknown, context: GraphqlContext) => {
      const p = context.requestContext.principal;
      return arrivalIncludes(e.data, {
        userId: p?.userId ?? '',
        roles: p?.roles ?? [],
      });
    },
  })
  inboxChanged(
    @CurrentPrincipal() p: Principal,
    @Args('after', {
      type: () => ID,
      nullable: true,
      description:
        '续订：上次收到的 position，之后的变化一条不漏 / Resume: the last position received; nothing after it is missed',
    })
    after?: string | null,
  ): Promise<AsyncIterableIterator<RecordedEvent>> {
    // The caller's own unit only: the topic is chosen from the session, never from an argument. A unit's arrivals
    // are many streams (one per item), all of the inbox type and owned by the unit.
    const topic = ownedTopic(INBOX_STREAM_TYPE, p.unitId);
    if (after)
      return this.topics.since(topic, subscriptionPosition(after), onOwnedTopic(INBOX_STREAM_TYPE, p.unitId));
    return this.topics.fromNow(topic);
  }
}
