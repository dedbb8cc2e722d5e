import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** The county's holiday calendar for the years in a calendar file (county ADMIN), e.g. next year's 调休. */
export class LoadHolidayCalendarCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly calendar: unknown,
    readonly context: CommandContext,
  ) {
    super();
  }
}
