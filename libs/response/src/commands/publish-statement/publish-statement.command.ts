import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 新闻发言人发布 on the channels named. */
export class PublishStatementCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly statementId: string,
    readonly input: { channels: string[] },
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
