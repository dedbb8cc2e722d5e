import { UseGuards } from '@nestjs/common';
import { Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, dataScopeOf, Principal, SYSTEM_SCOPE } from '@app/access';
import { mentionedUnits, renderMentions } from '@app/kernel';
import { groupBy, Loaders, RequestLoaders } from '@app/graphql';
import { OrganizationDirectory } from '@app/organization';
import { IncidentTimelineReader } from '../queries/incident-timeline-reader';
import { IncidentTimelineEntry } from '../timeline/incident-timeline.entity';
import { IncidentType } from './incident.types';

@ObjectType('TimelineEntry', {
  description: "事件记录（含工单、提示函、稿件）/ A line of the incident's history",
})
export class TimelineEntryType {
  @Field()
  at!: Date;

  @Field({ description: '事件类型 / Event type' })
  type!: string;

  @Field(() => ID)
  actorUserId!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => ID)
  actorUnitId!: string;

  @Field(() => String, { nullable: true })
  actorUnitName!: string | null;

  @Field({ description: '做了什么 / What was done' })
  action!: string;

  @Field()
  actionEn!: string;

  @Field({ description: '一句话描述，如「14:05 东湖镇 李娜 签收工单」/ One line a person can read' })
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description: '相关工单、提示函或稿件 / Related task, letter or statement',
  })
  refId!: string | null;
}

const time = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The last minute formatted: a history's lines come a few to a minute, and Intl formatting costs microseconds a
 * call (an auditor's 1,000-event history asks 2,000 times).
 */
let lastMinute = NaN;
let lastMinuteText = '';
function beijingMinute(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinuteText = time.format(at);
    lastMinute = minute;
  }
  return lastMinuteText;
}

/** One line of an incident's history as a person reads it: "14:05 东湖镇 李娜 签收工单" (Beijing time). */
export function historyLine(
  at: Date,
  unitName: string | null,
  actorName: string | null,
  action: string,
): string {
  return [beijingMinute(at), unitName, actorName, action].filter(Boolean).join(' ');
}

/** An incident's timeline, batched per request; names of units come from the directory. */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentTimelineResolver {
  constructor(
    private readonly reader: IncidentTimelineReader,
    private readonly organization: OrganizationDirectory,
  ) {}

  @ResolveField(() => [TimelineEntryType], { description: '时间线 / Timeline' })
  async timeline(
    @Parent() incident: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ): Promise<TimelineEntryType[]> {
    const scope = dataScopeOf(p);
    const rows = await loaders
      .get<IncidentTimelineEntry[]>(
        `timeline:${p.userId}`,
        async (ids) => groupBy(await this.reader.ofIncidents(scope, ids), (r) => r.incidentId),
        [],
      )
      .load(incident.id);
    // Units by name: those who acted and those a line mentions (派单给东湖镇 …).
    const unitIds = [
      ...new Set(
        rows.flatMap((r) => [r.actorUnit, ...mentionedUnits(r.summaryZh), ...mentionedUnits(r.summaryEn)]),
      ),
    ];
    const units = await loaders
      .get<string | null>(
        'unit-names',
        async (ids) =>
          new Map((await this.organization.unitsByIds(SYSTEM_SCOPE, ids)).map((u) => [u.unitId, u.name])),
        null,
      )
      .loadMany(unitIds);
    const unitName = new Map(unitIds.map((id, i) => [id, typeof units[i] === 'string' ? units[i] : null]));
    return rows.map((r) => {
      const name = unitName.get(r.actorUnit) ?? null;
      return {
        at: r.recordedAt,
        type: r.eventType,
        actorUserId: r.actorUser,
        actorName: r.actorName,
        actorUnitId: r.actorUnit,
        actorUnitName: name,
        action: renderMentions(r.summaryZh, unitName),
        actionEn: renderMentions(r.summaryEn, unitName, 'a unit'),
        description: historyLine(r.recordedAt, name, r.actorName, renderMentions(r.summaryZh, unitName)),
        refId: r.refId,
      };
    });
  }
}
