import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 修改退回的稿件: the drafting unit revises; it goes back to the propaganda department. */
export class ReviseStatementCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly statementId: string,
    readonly input: { title: string; content: string },
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
