import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { InboxAudience } from '@app/inbox';
import { CommandContext } from '@app/kernel';
import { NotificationChannelKind } from '../../domain/notification.events';
import { NotificationChannelView } from '../../projections/notification-views.entity';

export interface ConfigureChannelInput {
  channelId?: string | null;
  unitId: string;
  kind: NotificationChannelKind;
  target: string;
  audiences?: InboxAudience[] | null;
  enabled?: boolean | null;
  label?: string | null;
}

export interface ConfiguredChannel {
  channel: NotificationChannelView;
  /** A new webhook channel's signing secret, shown this once; null otherwise. */
  webhookSecret: string | null;
}

/** Adds a channel (no channelId) or changes one (the county's ADMIN). */
export class ConfigureNotificationChannelCommand extends Command<ConfiguredChannel> {
  constructor(
    readonly principal: Principal,
    readonly input: ConfigureChannelInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
