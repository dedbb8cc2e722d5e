import { Principal } from '@app/access';
import { demoUnitId } from '@app/demo';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { ConfigureNotificationChannelCommand } from './commands/configure-notification-channel/configure-notification-channel.command';
import { RemoveNotificationChannelCommand } from './commands/remove-notification-channel/remove-notification-channel.command';
import { NotificationChannelKind, notificationChannelsStreamId } from './domain/notification.events';
import { NotificationReader } from './queries/notification-reader';

/**
 * Notification channels on PostgreSQL through the CommandBus: a new webhook channel is in the unit's list when the
 * command returns, its signing secret in its own table and nowhere in the log; a retry is the same channel with one
 * event; a township's person configuring or removing a channel is refused and the log is unchanged.
 */
let t: CapabilityFixture;
let admin: Principal; // 赵强, county ADMIN
let lina: Principal; // 李娜, 东湖镇 handler
const donghu = demoUnitId('donghu');

beforeAll(async () => {
  t = await openCapability('notifications');
  [admin, lina] = await Promise.all([t.as('zhaoqiang'), t.as('lina')]);
});
afterAll(() => t?.close());

const configure = (p: Principal, key?: string) =>
  t.commands.execute(
    new ConfigureNotificationChannelCommand(
      p,
      {
        unitId: donghu,
        kind: NotificationChannelKind.WEBHOOK,
        target: 'https://hooks.example.com/donghu',
        label: '东湖镇值班群',
      },
      t.ctx(p, key),
    ),
  );

const logOf = () => t.events(notificationChannelsStreamId(donghu));

it('a new webhook channel is listed at once, its secret kept out of the log; a retry is the same channel', async () => {
  const first = await configure(admin, 'channel-1');
  expect(first.webhookSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  const listed = await t.app.get(NotificationReader).channels(admin, donghu);
  expect(listed.map((c) => [c.channelId, c.label])).toEqual([[first.channel.channelId, '东湖镇值班群']]);
  const [stored] = await t.sql<{ secret: string }>(
    `SELECT secret FROM notification_channel_secret WHERE channel_id = $1`,
    [first.channel.channelId],
  );
  expect(stored.secret).toBe(first.webhookSecret);
  expect(JSON.stringify(await logOf())).not.toContain(first.webhookSecret);

  const retried = await configure(admin, 'channel-1');
  expect(retried.channel.channelId).toBe(first.channel.channelId);
  expect(await logOf()).toHaveLength(1);
});

it('a township’s handler may neither add nor remove a channel, and nothing is written', async () => {
  const { channel } = await configure(admin);
  const before = await logOf();
  await expect(configure(lina)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await expect(
    t.commands.execute(new RemoveNotificationChannelCommand(lina, channel.channelId, t.ctx(lina))),
  ).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
  expect(await logOf()).toEqual(before);
  expect((await t.app.get(NotificationReader).channel(channel.channelId))?.removed).toBe(false);
});
