import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 领导批示: a county leader's instruction on an incident, in their own words (004 §三(四)). Returns its id. */
export class GiveInstructionCommand extends Command<string> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly text: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
