import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { LoadHolidayCalendarCommand } from './load-holiday-calendar.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(LoadHolidayCalendarCommand)
export class LoadHolidayCalendarHandler implements ICommandHandler<LoadHolidayCalendarCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, countyId, calendar, context }: LoadHolidayCalendarCommand): Promise<void> {
    authorize(principal, Action.CountySetCalendar, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'LoadHolidayCalendar',
        countyId,
        calendar,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('LoadHolidayCalendar', context),
      fingerprintOf: { countyId, calendar },
    });
  }
}
