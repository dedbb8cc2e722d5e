import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 宣传部审核通过 (DOMAIN §5), with an optional note. */
export class ApproveStatementCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly statementId: string,
    readonly input: { note: string },
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
