import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { NotificationChannelView } from '../../projections/notification-views.entity';

/** Removes a unit's channel (the county's ADMIN); answers it, marked removed. */
export class RemoveNotificationChannelCommand extends Command<NotificationChannelView> {
  constructor(
    readonly principal: Principal,
    readonly channelId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
