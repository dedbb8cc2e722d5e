import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 批示落实情况反馈: the county centre reports back to the leader on how the instruction is carried out. */
export class ReportInstructionFeedbackCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly instructionId: string,
    readonly text: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
