import { actingAs } from '@test/given-when-then';
import { InboxAudience } from '@app/inbox';
import { ValidationFailed } from '@app/kernel';
import {
  decideNotificationChannels,
  evolveNotificationChannels,
  initialNotificationChannelsState,
  NotificationChannelsCommand,
  NotificationChannelsState,
} from './notification-channels.decider';
import { NotificationChannelEvent, NotificationChannelKind } from './notification.events';

const context = actingAs('admin', 'u-1', new Date('2026-05-12T01:00:00.000Z'));
const configure = (
  o: Partial<Extract<NotificationChannelsCommand, { type: 'ConfigureNotificationChannel' }>> = {},
): NotificationChannelsCommand => ({
  type: 'ConfigureNotificationChannel',
  channelId: 'c-1',
  unitId: 'u-1',
  countyId: 'county-a',
  kind: NotificationChannelKind.EMAIL,
  target: 'duty@town.example',
  audiences: [InboxAudience.UNIT],
  enabled: true,
  label: '值班邮箱',
  context,
  ...o,
});
const given = (...events: NotificationChannelEvent[]): NotificationChannelsState =>
  events.reduce(evolveNotificationChannels, initialNotificationChannelsState());
const fields = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationFailed) return err.problems.map((p) => p.field);
    throw err;
  }
  throw new Error('expected ValidationFailed');
};

describe('notification channels decider', () => {
  it('configures a channel, with its audiences in a stable order', () => {
    const events = decideNotificationChannels(
      configure({ audiences: [InboxAudience.LEADERS, InboxAudience.UNIT, InboxAudience.LEADERS] }),
      given(),
    );
    expect(events).toEqual([
      {
        type: 'NotificationChannelConfigured',
        data: expect.objectContaining({
          channelId: 'c-1',
          audiences: ['LEADERS', 'UNIT'],
          at: context.now.toISOString(),
        }),
      },
    ]);
  });

  it('decides nothing when a channel is configured exactly as it is', () => {
    const first = decideNotificationChannels(configure(), given());
    expect(decideNotificationChannels(configure(), given(...first))).toEqual([]);
    expect(decideNotificationChannels(configure({ enabled: false }), given(...first))).toHaveLength(1);
  });

  it.each([
    [NotificationChannelKind.EMAIL, 'not-an-address'],
    [NotificationChannelKind.EMAIL, 'a@b'],
    [NotificationChannelKind.EMAIL, 'Name <a@b.example>'],
    [NotificationChannelKind.WEBHOOK, 'ftp://gateway.example/hook'],
    [NotificationChannelKind.WEBHOOK, 'javascript:alert(1)'],
    [NotificationChannelKind.WEBHOOK, 'https://user:pw@gateway.example/hook'],
    [NotificationChannelKind.WEBHOOK, 'gateway.example/hook'],
  ])('refuses %s target %s', (kind, target) => {
    expect(fields(() => decideNotificationChannels(configure({ kind, target }), given()))).toEqual([
      'input.target',
    ]);
  });

  it('accepts an http(s) webhook and a plain address', () => {
    for (const [kind, target] of [
      [NotificationChannelKind.WEBHOOK, 'https://sms.gateway.example/hook?k=1'],
      [NotificationChannelKind.WEBHOOK, 'http://10.0.0.5:8080/sms'],
      [NotificationChannelKind.EMAIL, 'wang.bo+duty@donghu.gov.example'],
    ] as const)
      expect(decideNotificationChannels(configure({ kind, target }), given())).toHaveLength(1);
  });

  it('needs an audience, and keeps a channel’s kind', () => {
    expect(fields(() => decideNotificationChannels(configure({ audiences: [] }), given()))).toEqual([
      'input.audiences',
    ]);
    const first = decideNotificationChannels(configure(), given());
    expect(
      fields(() =>
        decideNotificationChannels(
          configure({ kind: NotificationChannelKind.WEBHOOK, target: 'https://x.example/h' }),
          given(...first),
        ),
      ),
    ).toEqual(['input.kind']);
  });

  it('removes a channel once; a removed channel is not found', () => {
    const first = decideNotificationChannels(configure(), given());
    const remove: NotificationChannelsCommand = {
      type: 'RemoveNotificationChannel',
      channelId: 'c-1',
      unitId: 'u-1',
      countyId: 'county-a',
      context,
    };
    const removed = decideNotificationChannels(remove, given(...first));
    expect(removed).toEqual([
      { type: 'NotificationChannelRemoved', data: expect.objectContaining({ channelId: 'c-1' }) },
    ]);
    expect(() => decideNotificationChannels(remove, given(...first, ...removed))).toThrow(/not found/);
    expect(() => decideNotificationChannels(configure(), given(...first, ...removed))).toThrow(/not found/);
  });
});
