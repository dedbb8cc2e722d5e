import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { isUuid } from '@app/incidents';
import { decisionContextOf, NotFound } from '@app/kernel';
import { DUTY_ROSTER_SNAPSHOT, dutyRosterDecider } from '../../domain/duty-roster.decider';
import { ShiftNotFound } from '../../domain/duty.errors';
import { DUTY_ROSTER_STREAM_TYPE, dutyRosterStreamId } from '../../domain/duty.events';
import { DutyShiftView } from '../../projections/duty-views.entity';
import { DutyService } from '../../queries/duty.service';
import { CancelDutyShiftCommand } from './cancel-duty-shift.command';

@CommandHandler(CancelDutyShiftCommand)
export class CancelDutyShiftHandler implements ICommandHandler<CancelDutyShiftCommand, DutyShiftView> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly duty: DutyService,
  ) {}

  async execute({ principal: p, input, context: ctx }: CancelDutyShiftCommand): Promise<DutyShiftView> {
    const notFound = () => new ShiftNotFound(input.shiftId);
    if (!isUuid(input.shiftId)) throw notFound();
    const found = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.findOneBy(DutyShiftView, { shiftId: input.shiftId }),
    );
    if (!found) throw notFound();
    // A shift of a unit the caller may not see is a shift that does not exist, for them.
    await this.duty.authorizeUnit(p, Action.DutyManage, found.unitId).catch((err: unknown) => {
      throw err instanceof NotFound ? notFound() : err;
    });
    await this.executor.execute({
      streamId: dutyRosterStreamId(found.unitId),
      streamType: DUTY_ROSTER_STREAM_TYPE,
      decider: dutyRosterDecider,
      snapshot: DUTY_ROSTER_SNAPSHOT,
      command: {
        type: 'CancelDutyShift',
        shiftId: input.shiftId,
        unitId: found.unitId,
        reason: input.reason,
        context: decisionContextOf(p, ctx.now),
      },
      owningUnit: found.unitId,
      metadata: commandMetadata('CancelDutyShift', ctx),
      fingerprintOf: { ...input },
    });
    return this.duty.shift(input.shiftId);
  }
}
