import { UseGuards } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Action, AuthenticatedGuard, CurrentPrincipal, Principal, SYSTEM_SCOPE } from '@app/access';
import { RecordedEvent } from '@app/event-store';
import { incidentTopic, LiveTopics, onIncidentTopic, subscriptionPosition } from '@app/graphql';
import { mentionedUnits, renderMentions } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { IncidentCommandService } from '../commands/incident-command.service';
import { TimelineRegistry } from '../timeline/timeline-registry';

@ObjectType('IncidentEventNotice', {
  description:
    '事件的新动态；涉密事件只含引用 / A new event of an incident; a reference only when confidential',
})
export class IncidentEventNoticeType {
  @Field(() => ID)
  incidentId!: string;

  @Field({ description: '事件类型 / Event type' })
  type!: string;

  @Field(() => ID, { description: '日志位置 / Log position' })
  position!: string;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUnitId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '做了什么；涉密事件不含 / What was done; none when confidential',
  })
  action!: string | null;

  @Field()
  confidential!: boolean;
}

@Resolver()
@UseGuards(AuthenticatedGuard)
export class IncidentSubscriptionResolver {
  constructor(
    private readonly topics: LiveTopics,
    private readonly incidents: IncidentCommandService,
    private readonly timeline: TimelineRegistry,
    private readonly organization: OrganizationDirectory,
  ) {}

  @Subscription(() => IncidentEventNoticeType, {
    description: '事件的新动态（graphql-ws）/ New events of an incident (graphql-ws)',
    resolve(this: IncidentSubscriptionResolver, e: RecordedEvent & { confidential?: boolean }) {
      return e;
    },
  })
  async incidentEvents(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('after', {
      type: () => ID,
      nullable: true,
      description:
        '续订：上次收到的 position，之后的动态一条不漏 / Resume: the last position received; nothing after it is missed',
    })
    after?: string | null,
  ): Promise<AsyncIterableIterator<IncidentEventNoticeType>> {
    const from = after ? subscriptionPosition(after) : null;
    // Asked once, at subscription: NOT_FOUND for anyone who may not see the incident.
    const view = await this.incidents.authorized(p, incidentId, Action.IncidentRead);
    const topic = incidentTopic(incidentId);
    const source = from
      ? await this.topics.since(topic, from, onIncidentTopic(incidentId))
      : await this.topics.fromNow(topic);
    // The line as the timeline shows it: units by name (派单给东湖镇 …).
    const describe = async (e: RecordedEvent): Promise<string | null> => {
      const said = this.timeline.describe(e)?.zh;
      if (!said) return null;
      const ids = mentionedUnits(said);
      if (!ids.length) return said;
      const units = await this.organization.unitsByIds(SYSTEM_SCOPE, ids);
      return renderMentions(said, new Map(units.map((u) => [u.unitId, u.name])));
    };
    return (async function* notices() {
      for await (const e of source) {
        yield {
          incidentId,
          type: e.type,
          position: `${e.transactionId}:${e.globalPosition}`,
          at: e.recordedAt,
          actorUnitId: view.confidential ? null : e.metadata.actorUnit,
          // 涉密 (002): no content on the wire, only the reference.
          action: view.confidential ? null : await describe(e),
          confidential: view.confidential,
        };
      }
    })();
  }
}
