import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 已回复: a 留言板 or 信箱 message was answered (the note says by whom and how); its reply reminders stop. */
export class MarkIntakeItemRepliedCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly itemId: string,
    readonly note: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
