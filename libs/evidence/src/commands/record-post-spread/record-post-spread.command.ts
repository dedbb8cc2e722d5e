import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Adds a reading of a captured post's spread (转发/评论/浏览) as seen at one moment. */
export class RecordPostSpreadCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly input: { postId: string; reposts: number; comments: number; views: number; readAt: Date },
    readonly context: CommandContext,
  ) {
    super();
  }
}
