import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 签收: a recipient unit signs for a risk letter. */
export class SignRiskLetterCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly letterId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
