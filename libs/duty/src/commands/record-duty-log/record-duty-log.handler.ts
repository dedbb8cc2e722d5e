import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { Action, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentCommandService, isUuid } from '@app/incidents';
import { decisionContextOf, deterministicUuid, problem, ValidationFailed } from '@app/kernel';
import { dutyLogDecider } from '../../domain/duty-log.decider';
import { DUTY_LOG_STREAM_TYPE, dutyLogStreamId } from '../../domain/duty.events';
import { DutyLogView, DutyShiftView } from '../../projections/duty-views.entity';
import { DutyService } from '../../queries/duty.service';
import { RecordDutyLogCommand } from './record-duty-log.command';

@CommandHandler(RecordDutyLogCommand)
export class RecordDutyLogHandler implements ICommandHandler<RecordDutyLogCommand, DutyLogView> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly incidents: IncidentCommandService,
    private readonly duty: DutyService,
  ) {}

  async execute({ principal: p, input, context: ctx }: RecordDutyLogCommand): Promise<DutyLogView> {
    const countyId = await this.duty.authorizeUnit(p, Action.DutyLogRecord, p.unitId);
    // A line may name an incident the writer can see; anything else would sit in the log for good.
    if (input.incidentId) {
      if (!isUuid(input.incidentId))
        throw new ValidationFailed([
          problem('input.incidentId', '不是有效的事件编号', 'is not an incident id'),
        ]);
      await this.incidents.authorized(p, input.incidentId, Action.IncidentRead);
    }
    const onDuty =
      (await this.db.run(SYSTEM_SCOPE, (m) =>
        m.countBy(DutyShiftView, {
          userId: p.userId,
          cancelled: false,
          startsAt: LessThanOrEqual(ctx.now),
          endsAt: MoreThan(ctx.now),
        }),
      )) > 0;
    const entryId = ctx.idempotencyKey
      ? deterministicUuid('duty-log', p.unitId, ctx.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: dutyLogStreamId(p.unitId),
      streamType: DUTY_LOG_STREAM_TYPE,
      decider: dutyLogDecider,
      command: {
        type: 'RecordDutyLog',
        context: decisionContextOf(p, ctx.now),
        entry: {
          entryId,
          unitId: p.unitId,
          countyId,
          kind: input.kind,
          text: input.text,
          incidentId: input.incidentId ?? null,
          onDuty,
        },
      },
      owningUnit: p.unitId,
      metadata: commandMetadata('RecordDutyLog', ctx),
      fingerprintOf: { ...input },
    });
    const row = await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(DutyLogView, { entryId }));
    return row!;
  }
}
