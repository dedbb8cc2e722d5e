import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, Role } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { PeopleDirectory } from '@app/identity';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { DUTY_ROSTER_SNAPSHOT, dutyRosterDecider } from '../../domain/duty-roster.decider';
import { DUTY_ROSTER_STREAM_TYPE, DutyPost, dutyRosterStreamId } from '../../domain/duty.events';
import { DutyShiftView } from '../../projections/duty-views.entity';
import { DutyService } from '../../queries/duty.service';
import { AssignDutyShiftCommand } from './assign-duty-shift.command';

@CommandHandler(AssignDutyShiftCommand)
export class AssignDutyShiftHandler implements ICommandHandler<AssignDutyShiftCommand, DutyShiftView> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
    private readonly duty: DutyService,
  ) {}

  async execute({ principal: p, input, context: ctx }: AssignDutyShiftCommand): Promise<DutyShiftView> {
    const countyId = await this.duty.authorizeUnit(p, Action.DutyManage, input.unitId);
    const person = await this.people.facts(input.userId);
    const shiftId = ctx.idempotencyKey
      ? deterministicUuid('duty-shift', p.unitId, ctx.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: dutyRosterStreamId(input.unitId),
      streamType: DUTY_ROSTER_STREAM_TYPE,
      decider: dutyRosterDecider,
      snapshot: DUTY_ROSTER_SNAPSHOT,
      command: {
        type: 'AssignDutyShift',
        shiftId,
        unitId: input.unitId,
        countyId,
        person: person
          ? {
              userId: person.userId,
              displayName: person.displayName,
              unitId: person.unitId,
              active: person.active,
              mayStandDuty: person.roles.includes(Role.DUTY_OFFICER) || person.roles.includes(Role.LEADER),
              isLeader: person.roles.includes(Role.LEADER),
            }
          : null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        post: input.post ?? DutyPost.OFFICER,
        note: input.note ?? '',
        context: decisionContextOf(p, ctx.now),
      },
      owningUnit: input.unitId,
      metadata: commandMetadata('AssignDutyShift', ctx),
      fingerprintOf: { ...input },
    });
    return this.duty.shift(shiftId);
  }
}
