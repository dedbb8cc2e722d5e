import { Injectable } from '@nestjs/common';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deliverToInbox, InboxChangeKind, InboxRef } from '@app/inbox';
import { CommandContext, decisionContextOf } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { intakeItemDecider } from '../../domain/intake-item.decider';
import { INTAKE_ITEM_STREAM_TYPE, IntakeEventType, intakeItemStreamId } from '../../domain/intake.events';
import { IntakeReader } from '../../queries/intake-reader';

const bj = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The platform's reply timers of a 留言板 or 信箱 message (issue 23: "the message's own reply deadline tracked like
 * a task's"): 临期 and 超期, each once, while it is not answered; the centre hears it in its 待办, in the same
 * transaction as the item's event. False when there was nothing to do (answered, or acted already): the timer lapses.
 */
@Injectable()
export class IntakeReplyTimers {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
    private readonly organization: OrganizationDirectory,
  ) {}

  async fire(itemId: string, timerId: string, overdue: boolean, context: CommandContext): Promise<boolean> {
    const item = await this.reader.item(itemId);
    if (!item) return false;
    const centre = await this.organization.countyCentreUnitId(item.countyId);
    const r = await this.executor.execute({
      streamId: intakeItemStreamId(itemId),
      streamType: INTAKE_ITEM_STREAM_TYPE,
      decider: intakeItemDecider,
      command: {
        type: 'RemindIntakeReply',
        itemId,
        timerId,
        overdue,
        context: decisionContextOf(context.actor, context.now),
      },
      owningUnit: item.unitId,
      metadata: commandMetadata('RemindIntakeReply', context),
      alsoWithin: async (tx, decided) => {
        const e = decided.events.find((x) => x.type === IntakeEventType.ItemReplyReminded);
        if (!e || e.type !== IntakeEventType.ItemReplyReminded || !centre) return;
        const due = bj(e.data.dueAt);
        await deliverToInbox(tx, context, {
          unitId: centre,
          kind: overdue ? InboxChangeKind.MESSAGE_REPLY_OVERDUE : InboxChangeKind.MESSAGE_REPLY_NEARLY_DUE,
          refType: InboxRef.INTAKE_ITEM,
          refId: itemId,
          incidentId: decided.state.incidentId,
          incidentTitle: item.title,
          confidential: false,
          note: overdue
            ? {
                zh: `留言回复时限 ${due} 已过，尚未回复`,
                en: `the reply was due ${due} (Beijing) and is not given`,
              }
            : {
                zh: `留言须于 ${due} 前回复，尚未回复`,
                en: `the reply is due by ${due} (Beijing) and not given yet`,
              },
          // The platform's own notice to the centre, whose unit the timer acts for.
          evenToOwnUnit: true,
        });
      },
    });
    return r.events.length > 0;
  }
}
