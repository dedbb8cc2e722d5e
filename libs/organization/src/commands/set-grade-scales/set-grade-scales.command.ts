import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { GradeScale } from '../../domain/organization.events';

/** The county's local grade scales and the units using each (county ADMIN); the whole set replaces the last. */
export class SetGradeScalesCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly scales: GradeScale[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
