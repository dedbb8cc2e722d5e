import { randomUUID } from 'node:crypto';
import {
  InboxAudience,
  InboxChangeKind,
  InboxItemArrivedData,
  InboxRef,
  INBOX_ITEM_ARRIVED,
} from '@app/inbox';
import { JobQueue } from '@app/jobs';
import { RecordedEvent } from '@app/event-store';
import { actingAs, decided, recorded } from '@test/given-when-then';
import { openProjectionDb, ProjectionDb } from '../../../../test/support/projection-db';
import { NOTIFICATIONS_QUEUE, DEFAULT_NOTIFY_OPTIONS } from '../delivery/notify-options';
import {
  NotificationChannelsCommand,
  notificationChannelsDecider,
} from '../domain/notification-channels.decider';
import { NotificationChannelKind, NotificationDeliveryStatus } from '../domain/notification.events';
import { NotificationDeliveriesProjection } from './notification-deliveries.projection';

/**
 * Channels and deliveries on the embedded PostgreSQL, with the real job queue (pg-boss, as the application role):
 * the fold reads the channels it kept to decide where an arrival goes, and queues each delivery's job in the same
 * transaction, so it is tested with its writer. Each test has its own unit.
 */
let pdb: ProjectionDb;
let jobs: JobQueue;
beforeAll(async () => {
  pdb = await openProjectionDb('notify');
  jobs = new JobQueue(
    { appUrl: pdb.db.appUrl, ownerUrl: pdb.db.ownerUrl },
    { supervise: false, maintenanceIntervalSeconds: 30 },
  );
  await jobs.onModuleInit();
});
afterAll(async () => {
  await jobs.onApplicationShutdown();
  await pdb.close();
});
const projection = () => new NotificationDeliveriesProjection(jobs, DEFAULT_NOTIFY_OPTIONS);

let position = 0n;
/** Events as the log holds them: uuids for ids, positions that keep rising. */
const logged = (events: { type: string; data: object }[]): RecordedEvent[] =>
  recorded(events).map((e) => ({ ...e, eventId: randomUUID(), globalPosition: ++position }));
const configure = (
  unitId: string,
  channelId: string,
  audiences: InboxAudience[],
  enabled = true,
): NotificationChannelsCommand => ({
  type: 'ConfigureNotificationChannel',
  channelId,
  unitId,
  countyId: 'qingshui',
  kind: NotificationChannelKind.EMAIL,
  target: `duty-${unitId}@town.example`,
  audiences,
  enabled,
  label: '值班邮箱',
  context: actingAs('admin', unitId, new Date('2026-05-12T01:00:00.000Z')),
});
const channels = (...commands: NotificationChannelsCommand[]) =>
  logged(decided(notificationChannelsDecider, commands));
const arrival = (unitId: string, over: Partial<InboxItemArrivedData> = {}) =>
  logged([
    {
      type: INBOX_ITEM_ARRIVED,
      data: {
        unitId,
        kind: InboxChangeKind.TASK_DISPATCHED,
        refType: InboxRef.TASK,
        refId: 't-1',
        incidentId: 'i-1',
        fromUnitId: 'centre',
        title: '东湖镇征地补偿',
        confidential: false,
        at: '2026-05-12T02:00:00.000Z',
        note: { zh: '请于12小时内反馈', en: 'reply within 12 hours' },
        ...over,
      },
    },
  ]);
const deliveries = (unitId: string) =>
  pdb.sql<{
    delivery_id: string;
    channel_id: string;
    status: string;
    title: string | null;
    note_zh: string | null;
    confidential: boolean;
  }>(
    `SELECT delivery_id, channel_id, status, title, note_zh, confidential FROM notification_delivery
      WHERE unit_id = $1 ORDER BY channel_id`,
    [unitId],
  );
const jobsFor = async (deliveryIds: string[]) =>
  (
    await pdb.sql<{ n: string }>(
      `SELECT count(*)::text AS n FROM pgboss.job WHERE name = $1 AND data->>'deliveryId' = ANY($2)`,
      [NOTIFICATIONS_QUEUE, deliveryIds],
    )
  )[0].n;

it('an arrival goes to each enabled channel of its unit for its audience, with one job queued per delivery', async () => {
  const [unit, c1, c2, leaders, off] = ['u-a', randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await pdb.apply(
    projection(),
    channels(
      configure(unit, c1, [InboxAudience.UNIT]),
      configure(unit, c2, [InboxAudience.UNIT, InboxAudience.LEADERS]),
      configure(unit, leaders, [InboxAudience.LEADERS]),
      configure(unit, off, [InboxAudience.UNIT], false),
    ),
  );
  await pdb.apply(projection(), arrival(unit));
  const rows = await deliveries(unit);
  expect(rows.map((r) => r.channel_id).sort()).toEqual([c1, c2].sort());
  expect(rows[0]).toMatchObject({
    status: NotificationDeliveryStatus.QUEUED,
    title: '东湖镇征地补偿',
    note_zh: '请于12小时内反馈',
  });
  expect(await jobsFor(rows.map((r) => r.delivery_id))).toBe('2');
});

it('涉密: a confidential arrival is delivered with no title and no note', async () => {
  const [unit, c1] = ['u-b', randomUUID()];
  await pdb.apply(projection(), channels(configure(unit, c1, [InboxAudience.UNIT])));
  await pdb.apply(projection(), arrival(unit, { confidential: true }));
  expect(await deliveries(unit)).toEqual([
    expect.objectContaining({ confidential: true, title: null, note_zh: null }),
  ]);
});

it('goes to the channels as they were when it arrived: not to one configured after, nor one removed before', async () => {
  const [unit, before, after] = ['u-c', randomUUID(), randomUUID()];
  const removed = channels(configure(unit, before, [InboxAudience.UNIT]), {
    type: 'RemoveNotificationChannel',
    channelId: before,
    unitId: unit,
    countyId: 'qingshui',
    context: actingAs('admin', unit),
  });
  await pdb.apply(projection(), [
    ...removed,
    ...arrival(unit),
    ...channels(configure(unit, after, [InboxAudience.UNIT])),
  ]);
  expect(await deliveries(unit)).toEqual([]);
  expect(
    await pdb.sql(`SELECT removed FROM notification_channel_view WHERE channel_id = $1`, [before]),
  ).toEqual([{ removed: true }]);
});

it('the same arrival applied again (a replay, another process) sends nothing twice', async () => {
  const [unit, c1] = ['u-d', randomUUID()];
  await pdb.apply(projection(), channels(configure(unit, c1, [InboxAudience.UNIT])));
  const once = arrival(unit);
  await pdb.apply(projection(), once);
  await pdb.apply(projection(), once);
  const rows = await deliveries(unit);
  expect(rows).toHaveLength(1);
  expect(await jobsFor(rows.map((r) => r.delivery_id))).toBe('1');
});

it('a rebuild clears the channels but keeps the deliveries: what was sent outside cannot be taken back', async () => {
  const [unit, c1] = ['u-e', randomUUID()];
  await pdb.apply(projection(), [...channels(configure(unit, c1, [InboxAudience.UNIT])), ...arrival(unit)]);
  await pdb.clear(projection());
  expect(await pdb.sql(`SELECT 1 FROM notification_channel_view WHERE channel_id = $1`, [c1])).toEqual([]);
  expect(await deliveries(unit)).toHaveLength(1);
});
