import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 宣传部退回修改, with the reason the drafter reads. */
export class RejectStatementCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly statementId: string,
    readonly input: { reason: string },
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
