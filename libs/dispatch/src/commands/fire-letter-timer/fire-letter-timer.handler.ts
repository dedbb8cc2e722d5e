import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { InboxAudience, InboxChangeKind } from '@app/inbox';
import { decisionContextOf } from '@app/kernel';
import {
  LETTER_STREAM_TYPE,
  letterDecider,
  LetterEventType,
  letterStreamId,
} from '../../domain/letter.decider';
import { DispatchFacts } from '../../queries/dispatch-facts';
import { deliver, platformContext } from '../dispatch-support';
import { FireLetterTimerCommand } from './fire-letter-timer.command';

/** 催签 the units that have not signed for the letter, later raised to the sender's leaders. */
@CommandHandler(FireLetterTimerCommand)
export class FireLetterTimerHandler implements ICommandHandler<FireLetterTimerCommand, boolean> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: DispatchFacts,
  ) {}

  async execute({ letterId, timer, now }: FireLetterTimerCommand): Promise<boolean> {
    const letter = await this.facts.letterFacts(letterId);
    const ctx = platformContext(letter.senderUnitId, timer.timerId, now);
    const about = {
      incidentId: letter.incidentId,
      incidentTitle: letter.title,
      confidential: letter.confidential,
    };
    const result = await this.executor.execute({
      streamId: letterStreamId(letterId),
      streamType: LETTER_STREAM_TYPE,
      decider: letterDecider,
      command: {
        type: 'FireLetterTimer',
        letterId,
        context: decisionContextOf(ctx.actor, now),
        timerId: timer.timerId,
        kind: timer.kind,
      },
      owningUnit: letter.senderUnitId,
      metadata: commandMetadata('FireLetterTimer', ctx),
      fingerprintOf: { letterId, timerId: timer.timerId },
      alsoWithin: async (tx, { events }) => {
        const arrive = (unitId: string, kind: InboxChangeKind, audience: InboxAudience) =>
          deliver(tx, ctx, unitId, kind, { type: 'LETTER', id: letterId }, about, {
            audience,
            note: timer.note,
          });
        for (const e of events) {
          const unsigned = (e.data as { unsignedUnitIds: string[] }).unsignedUnitIds;
          if (e.type === LetterEventType.Chased) {
            for (const unitId of unsigned) {
              await arrive(unitId, 'LETTER_CHASED', 'UNIT');
              await arrive(unitId, 'LETTER_CHASED', 'LEADERS');
            }
          }
          if (e.type === LetterEventType.Escalated)
            await arrive(letter.senderUnitId, 'LETTER_ESCALATED', 'LEADERS');
        }
      },
    });
    return result.events.length > 0;
  }
}
