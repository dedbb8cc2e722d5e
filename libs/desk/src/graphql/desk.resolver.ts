import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, AuthenticatedGuard, authorize, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { toLetterType, toTaskType } from '@app/dispatch';
import { Connection, connectionOf, decodeCursor, encodeCursor, PageArgs, pageSize } from '@app/graphql';
import { Clock, CommandContext } from '@app/kernel';
import { MarkArrivalsReadCommand } from '../commands/mark-arrivals-read/mark-arrivals-read.command';
import { toStatementType } from '@app/response';
import { InboxChangeKind } from '@app/inbox';
import { DeskItem, deskItemKey, DeskItemKind } from '../domain/desk-item';
import { DeskItems, DeskRef } from '../queries/desk-items';
import { DeskConnection, DeskItemType, MarkArrivalsReadInput, MarkArrivalsReadPayload } from './desk.types';

const toItemType = (i: DeskItem<DeskRef>, now: Date, p: Principal): DeskItemType => {
  const r = i.ref;
  return {
    type: i.kind,
    dueAt: i.dueAt,
    overdue: i.overdue,
    since: i.since,
    action: i.action,
    task: r.kind === DeskItemKind.TASK ? toTaskType(r.task, now, p) : null,
    letter: r.kind === DeskItemKind.LETTER ? toLetterType(r.letter, p) : null,
    statement: r.kind === DeskItemKind.STATEMENT ? toStatementType(r.statement, p) : null,
    handlingPlan: r.kind === DeskItemKind.HANDLING_PLAN ? r.plan : null,
    instruction: r.kind === DeskItemKind.INSTRUCTION ? r.instruction : null,
    arrival:
      r.kind === DeskItemKind.ARRIVAL
        ? {
            id: r.arrival.eventId,
            kind: r.arrival.kind as InboxChangeKind,
            refType: r.arrival.refType,
            refId: r.arrival.refId,
            incidentId: r.arrival.incidentId,
            title: r.arrival.title,
            note: r.arrival.note?.zh ?? null,
            confidential: r.arrival.confidential,
            fromUnitId: r.arrival.fromUnitId,
            arrivedAt: r.arrival.arrivedAt,
          }
        : null,
  };
};

@Resolver()
@UseGuards(AuthenticatedGuard)
export class DeskResolver {
  constructor(
    private readonly items: DeskItems,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  @Mutation(() => MarkArrivalsReadPayload, {
    description: '标记已阅：快报、专报、预警等离开待办 / Mark arrivals read: they leave your inbox',
  })
  async markArrivalsRead(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: MarkArrivalsReadInput,
  ): Promise<MarkArrivalsReadPayload> {
    return { marked: await this.commands.execute(new MarkArrivalsReadCommand(p, { ids: input.ids }, ctx)) };
  }

  @Query(() => DeskConnection, {
    description:
      '我的待办：本单位的工单和提示函，以及等待本人审核、发布、审批、反馈的口径、方案和批示；逾期和临近时限在前 / ' +
      'Everything waiting for you to act, overdue and soonest first',
  })
  async inbox(@CurrentPrincipal() p: Principal, @Args() page: PageArgs): Promise<Connection<DeskItemType>> {
    authorize(p, Action.InboxRead);
    const size = pageSize(page.first ?? undefined);
    const now = this.clock.now();
    const all = await this.items.of(p, now);
    const start = page.after
      ? all.findIndex((i) => deskItemKey(i) === (decodeCursor(page.after!, ['text'])[0] as string)) + 1
      : 0;
    return connectionOf(all.slice(start, start + size + 1), size, {
      totalCount: all.length,
      after: start > 0,
      cursor: (i) => encodeCursor([deskItemKey(i)]),
      node: (i) => toItemType(i, now, p),
    });
  }
}
