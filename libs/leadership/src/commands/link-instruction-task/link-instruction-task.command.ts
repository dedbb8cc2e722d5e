import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/**
 * 落实批示: names a task, dispatched through the ordinary dispatch commands, as carrying out a leader's instruction
 * (the county centre). The task stays the dispatch library's; the instruction records that it answers to it.
 */
export class LinkInstructionTaskCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly instructionId: string,
    readonly taskId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
