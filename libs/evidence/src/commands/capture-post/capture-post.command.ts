import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Captures a post as evidence on an incident, with its screenshot already attached as a 原帖截图. */
export class CapturePostCommand extends Command<{ postId: string }> {
  constructor(
    readonly principal: Principal,
    readonly input: {
      incidentId: string;
      url: string;
      platform: string;
      author: string;
      textAsSeen: string;
      capturedAt: Date;
      screenshotAttachmentId: string;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
