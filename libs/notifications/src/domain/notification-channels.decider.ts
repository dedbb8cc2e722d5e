import { InboxAudience } from '@app/inbox/domain';
import { Decider, DecisionContext, FieldProblem, problem, textProblems, ValidationFailed } from '@app/kernel';
import {
  NotificationChannelEvent,
  NotificationChannelKind,
  NotificationEventType,
} from './notification.events';
import { ChannelNotFound } from './notification.errors';

/** The unit's channels as its stream has them. */
export interface NotificationChannelsState {
  channels: Map<
    string,
    {
      kind: NotificationChannelKind;
      target: string;
      audiences: InboxAudience[];
      enabled: boolean;
      label: string;
      removed: boolean;
    }
  >;
}

export const initialNotificationChannelsState = (): NotificationChannelsState => ({ channels: new Map() });

/** Who configures and when arrive in `context`, the kernel's one decision-context shape. */
export type NotificationChannelsCommand = { context: DecisionContext } & (
  | {
      type: 'ConfigureNotificationChannel';
      channelId: string;
      unitId: string;
      countyId: string | null;
      kind: NotificationChannelKind;
      target: string;
      audiences: InboxAudience[];
      enabled: boolean;
      label: string;
    }
  | {
      type: 'RemoveNotificationChannel';
      channelId: string;
      unitId: string;
      countyId: string | null;
    }
);

// Deliberately plain: one @, no spaces or angle brackets, a dotted domain. SMTP has the final word.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** What is wrong with a channel's target, for its kind. */
export function targetProblems(kind: NotificationChannelKind, target: string): FieldProblem[] {
  const field = 'input.target';
  if (target.length > 500) return [problem(field, '不能超过 500 个字符', 'must be at most 500 characters')];
  switch (kind) {
    case NotificationChannelKind.EMAIL:
      return EMAIL.test(target)
        ? []
        : [problem(field, '不是有效的电子邮件地址', 'is not a valid e-mail address')];
    case NotificationChannelKind.WEBHOOK: {
      let url: URL | null = null;
      try {
        url = new URL(target);
      } catch {
        url = null;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname)
        return [problem(field, '须为 http(s) 网址', 'must be an http(s) URL')];
      if (url.username || url.password)
        return [problem(field, '网址中不能包含用户名或密码', 'must not carry a user name or password')];
      return [];
    }
  }
}

/**
 * Configure (add or change) and remove a unit's external channels. Pure: ids and time arrive on the command.
 * Configuring a channel exactly as it is decides nothing, so a repeated request appends nothing.
 */
export function decideNotificationChannels(
  command: NotificationChannelsCommand,
  state: NotificationChannelsState,
): NotificationChannelEvent[] {
  const existing = state.channels.get(command.channelId);
  switch (command.type) {
    case 'ConfigureNotificationChannel': {
      const target = command.target.trim();
      const label = command.label.trim();
      const audiences = [...new Set(command.audiences)].sort();
      const problems: FieldProblem[] = [
        ...targetProblems(command.kind, target),
        ...textProblems('input.label', label, 0, 60),
      ];
      if (audiences.length === 0)
        problems.push(problem('input.audiences', '至少选择一类接收对象', 'needs at least one audience'));
      if (existing && existing.kind !== command.kind)
        problems.push(problem('input.kind', '渠道类型不能更改', 'cannot change the kind of a channel'));
      if (problems.length) throw new ValidationFailed(problems);
      if (existing?.removed) throw channelNotFound(command.channelId);
      if (
        existing &&
        existing.target === target &&
        existing.enabled === command.enabled &&
        existing.label === label &&
        existing.audiences.join() === audiences.join()
      )
        return [];
      return [
        {
          type: NotificationEventType.ChannelConfigured,
          data: {
            channelId: command.channelId,
            unitId: command.unitId,
            countyId: command.countyId,
            kind: command.kind,
            target,
            audiences,
            enabled: command.enabled,
            label,
            at: command.context.now.toISOString(),
          },
        },
      ];
    }
    case 'RemoveNotificationChannel':
      if (!existing || existing.removed) throw channelNotFound(command.channelId);
      return [
        {
          type: NotificationEventType.ChannelRemoved,
          data: {
            channelId: command.channelId,
            unitId: command.unitId,
            countyId: command.countyId,
            at: command.context.now.toISOString(),
          },
        },
      ];
  }
}

export function evolveNotificationChannels(
  state: NotificationChannelsState,
  event: NotificationChannelEvent,
): NotificationChannelsState {
  const channels = new Map(state.channels);
  switch (event.type) {
    case NotificationEventType.ChannelConfigured: {
      const d = event.data;
      channels.set(d.channelId, {
        kind: d.kind,
        target: d.target,
        audiences: d.audiences,
        enabled: d.enabled,
        label: d.label,
        removed: false,
      });
      break;
    }
    case NotificationEventType.ChannelRemoved: {
      const c = channels.get(event.data.channelId);
      if (c) channels.set(event.data.channelId, { ...c, removed: true });
      break;
    }
  }
  return { channels };
}

export const channelNotFound = (channelId: string) => new ChannelNotFound(channelId);

/** The channels of a unit as one aggregate, built once beside decide/evolve. */
export const notificationChannelsDecider: Decider<
  NotificationChannelsCommand,
  NotificationChannelEvent,
  NotificationChannelsState
> = {
  decide: decideNotificationChannels,
  evolve: evolveNotificationChannels,
  initialState: initialNotificationChannelsState,
};
