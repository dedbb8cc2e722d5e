import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService, isUuid } from '@app/incidents';
import { decisionContextOf } from '@app/kernel';
import { takedownDecider } from '../../domain/takedown-request.decider';
import { TAKEDOWN_STREAM_TYPE, takedownStreamId } from '../../domain/takedown-request.events';
import { TakedownNotFound } from '../../domain/takedown.errors';
import { TakedownRequestView } from '../../projections/takedown-request-view.entity';
import { RecordTakedownAnswerCommand } from './record-takedown-answer.command';

@CommandHandler(RecordTakedownAnswerCommand)
export class RecordTakedownAnswerHandler implements ICommandHandler<RecordTakedownAnswerCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly db: ScopedDb,
  ) {}

  async execute({ principal, input, context }: RecordTakedownAnswerCommand): Promise<void> {
    const row = isUuid(input.requestId)
      ? await this.db.run(SYSTEM_SCOPE, (m) =>
          m.findOneBy(TakedownRequestView, { requestId: input.requestId }),
        )
      : null;
    if (!row) throw new TakedownNotFound(input.requestId);
    // Who may write to outside platforms about this incident; the decider adds "only the unit that sent it".
    await this.incidents.authorized(principal, row.incidentId, Action.TakedownSend);
    await this.executor.execute({
      streamId: takedownStreamId(input.requestId),
      streamType: TAKEDOWN_STREAM_TYPE,
      decider: takedownDecider,
      command: {
        type: 'RecordTakedownAnswer',
        requestId: input.requestId,
        context: decisionContextOf(principal, context.now),
        answer: input.answer,
        note: input.note,
      },
      owningUnit: row.sendingUnitId,
      metadata: commandMetadata('RecordTakedownAnswer', context),
      fingerprintOf: input,
    });
  }
}
