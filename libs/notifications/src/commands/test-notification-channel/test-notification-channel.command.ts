import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

export interface ChannelTestResult {
  ok: boolean;
  error: string | null;
}

/** Sends a test message on a channel now, and says whether it went (nothing is queued, retried or logged). */
export class TestNotificationChannelCommand extends Command<ChannelTestResult> {
  constructor(
    readonly principal: Principal,
    readonly channelId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
