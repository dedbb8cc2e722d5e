import {
  InboxAudience,
  InboxChangeKind,
  InboxItemArrivedData,
  InboxRef,
  INBOX_ITEM_ARRIVED,
} from '@app/inbox';
import { actingAs, recorded } from '@test/given-when-then';
import { ARRIVALS_READ, decideMarkArrivalsRead } from '../domain/arrivals';
import { deskArrivalRows } from './desk-arrivals.projection';

/** desk_arrival_view and desk_arrival_read as their fold builds them: the 待阅 and who has read what. */
const arrival = (over: Partial<InboxItemArrivedData> = {}) => ({
  type: INBOX_ITEM_ARRIVED,
  data: {
    unitId: 'donghu',
    kind: InboxChangeKind.WARNING_ISSUED,
    refType: InboxRef.INCIDENT,
    refId: 'i-1',
    incidentId: 'i-1',
    fromUnitId: 'centre',
    title: '东湖镇征地补偿',
    confidential: false,
    at: '2026-03-02T04:00:00.000Z',
    note: { zh: 'III级预警', en: 'grade III warning' },
    ...over,
  },
});

it('an arrival to read keeps what it is about, for the whole unit unless it says otherwise', () => {
  const { arrivals } = deskArrivalRows(recorded([arrival()]));
  expect(arrivals).toHaveLength(1);
  expect(arrivals[0]).toMatchObject({
    eventId: 'event-1',
    unitId: 'donghu',
    kind: InboxChangeKind.WARNING_ISSUED,
    refId: 'i-1',
    title: '东湖镇征地补偿',
    note: { zh: 'III级预警', en: 'grade III warning' },
    confidential: false,
    audience: InboxAudience.UNIT,
    recipientUserIds: [],
    arrivedAt: new Date('2026-03-02T04:00:00.000Z'),
  });
  const [leaders] = deskArrivalRows(
    recorded([arrival({ audience: InboxAudience.LEADERS, recipientUserIds: ['u-li'] })]),
  ).arrivals;
  expect(leaders).toMatchObject({ audience: InboxAudience.LEADERS, recipientUserIds: ['u-li'] });
});

it('涉密: only the reference is kept, no title and no note', () => {
  const [row] = deskArrivalRows(recorded([arrival({ confidential: true })])).arrivals;
  expect(row).toMatchObject({ refId: 'i-1', incidentId: 'i-1', confidential: true, title: null, note: null });
});

it('an arrival about something to act on (a task to sign) is not one to read, and makes no row', () => {
  const { arrivals } = deskArrivalRows(
    recorded([arrival({ kind: InboxChangeKind.TASK_DISPATCHED, refType: InboxRef.TASK, refId: 't-1' })]),
  );
  expect(arrivals).toEqual([]);
});

it('已阅: one read row per arrival marked, for that person', () => {
  const marked = decideMarkArrivalsRead({
    type: 'MarkArrivalsRead',
    arrivalIds: ['event-1', 'event-7'],
    context: actingAs('u-wang', 'donghu', new Date('2026-03-02T05:00:00Z')),
  });
  expect(marked.map((e) => e.type)).toEqual([ARRIVALS_READ]);
  const { arrivals, reads } = deskArrivalRows(recorded([arrival(), ...marked]));
  expect(arrivals.map((a) => a.eventId)).toEqual(['event-1']);
  expect(reads).toEqual([
    expect.objectContaining({
      userId: 'u-wang',
      eventId: 'event-1',
      unitId: 'donghu',
      readAt: new Date('2026-03-02T05:00:00Z'),
    }),
    expect.objectContaining({ userId: 'u-wang', eventId: 'event-7', unitId: 'donghu' }),
  ]);
});

it('ignores event types it does not read, and the same events give the same keys on replay', () => {
  const events = recorded([
    arrival(),
    { type: 'SomethingElse', data: { unitId: 'donghu', kind: 'WARNING_ISSUED' } },
  ]);
  const once = deskArrivalRows(events);
  expect(once.arrivals.map((a) => a.eventId)).toEqual(['event-1']);
  expect(deskArrivalRows(events).arrivals.map((a) => a.eventId)).toEqual(once.arrivals.map((a) => a.eventId));
});
