import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, ok } from './support/loop-steps';
import { closeSockets, collect, openSocket, settle } from './support/ws-client';

/** Live updates over graphql-ws: a unit's inbox, an incident's new events; 涉密 payloads carry references only. */
let api: ApiFixture;
let centre: Session;
let township: Session;
let other: Session;

const ws = (token?: string) => openSocket(api.url, token);

const newListedIncident = (title: string, confidential = false) =>
  listedIncident(api.url, centre.token, { title, confidential, discoveredAt: new Date() });

const dispatch = (incidentId: string) =>
  gql(
    api.url,
    `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
    { i: { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并反馈' } },
    { token: centre.token },
  );

beforeAll(async () => {
  api = await startApi({ label: 'subs' });
  [centre, township, other] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await closeSockets();
  await api.close();
});

const INBOX = `subscription { inboxChanged { kind refType refId incidentId title confidential } }`;
const EVENTS = `subscription E($id: ID!) { incidentEvents(incidentId: $id) { incidentId type action actorUnitId confidential } }`;

it("a unit's inbox subscription hears what is dispatched to it, and nothing meant for others", async () => {
  const mine = collect<{ inboxChanged: { kind: string; title: string | null; incidentId: string } }>(
    ws(township.token),
    INBOX,
  );
  const theirs = collect<{ inboxChanged: unknown }>(ws(other.token), INBOX);
  await settle();
  const id = await newListedIncident('东湖镇直播带货纠纷');
  ok(await dispatch(id));
  await mine.until(() => mine.items.length >= 1);
  expect(mine.items[0].inboxChanged).toMatchObject({
    kind: 'TASK_DISPATCHED',
    title: '东湖镇直播带货纠纷',
    incidentId: id,
  });
  await settle();
  expect(theirs.items).toEqual([]);
});

it('confidential (涉密) incidents put only references on the wire', async () => {
  const inbox = collect<{ inboxChanged: { title: string | null; confidential: boolean } }>(
    ws(township.token),
    INBOX,
  );
  const id = await newListedIncident('涉密事项', true);
  const events = collect<{
    incidentEvents: {
      action: string | null;
      actorUnitId: string | null;
      confidential: boolean;
      type: string;
    };
  }>(ws(centre.token), EVENTS, { id });
  await settle();
  ok(await dispatch(id));
  await inbox.until(() => inbox.items.length >= 1);
  await events.until(() => events.items.some((e) => e.incidentEvents.type === 'TaskDispatched'));
  expect(inbox.items[0].inboxChanged).toEqual({
    kind: 'TASK_DISPATCHED',
    refType: 'TASK',
    refId: expect.any(String),
    incidentId: id,
    title: null,
    confidential: true,
  });
  const notice = events.items.find((e) => e.incidentEvents.type === 'TaskDispatched')!.incidentEvents;
  expect(notice).toMatchObject({ action: null, actorUnitId: null, confidential: true });
  expect(JSON.stringify(events.items)).not.toContain('涉密事项');
});

it("an incident's event subscription tells what happened; others may not listen", async () => {
  const id = await newListedIncident('西坡村道路塌陷');
  const events = collect<{ incidentEvents: { type: string; action: string | null } }>(
    ws(centre.token),
    EVENTS,
    { id },
  );
  const stranger = collect(ws(other.token), EVENTS, { id });
  const anonymous = collect(ws(), EVENTS, { id });
  await settle();
  ok(
    await gql(
      api.url,
      `mutation W($i: IssueWarningInput!) { issueWarning(input: $i) { id } }`,
      {
        i: {
          incidentId: id,
          level: 'III',
          object: '道路塌陷',
          startAt: new Date().toISOString(),
          scope: '西坡村',
          matters: '安全隐患',
          measures: '设置警示',
        },
      },
      { token: centre.token },
    ),
  );
  await events.until(() => events.items.length >= 1);
  expect(events.items[0].incidentEvents).toMatchObject({ type: 'WarningIssued', action: '发布III级预警' });
  // A line that names a unit names it as the timeline does, never by id.
  await dispatch(id);
  await events.until(() => events.items.some((e) => e.incidentEvents.type === 'TaskDispatched'));
  expect(events.items.find((e) => e.incidentEvents.type === 'TaskDispatched')!.incidentEvents.action).toBe(
    '派单给东湖镇（主办）',
  );
  await stranger.until(() => stranger.errors.length > 0);
  await anonymous.until(() => anonymous.errors.length > 0);
  expect(JSON.stringify(stranger.errors)).toContain('NOT_FOUND');
  // No session, no socket: closed with 4401 before anything is said.
  expect(anonymous.errors[0]).toMatchObject({ code: 4401 });
});

it('a subscription resumed with the last position it saw hears what it missed, once, then goes on live', async () => {
  const LIVE = `subscription R($after: ID) { inboxChanged(after: $after) { kind incidentId position } }`;
  type Change = { inboxChanged: { kind: string; incidentId: string; position: string } };
  const first = collect<Change>(ws(township.token), LIVE);
  await settle();
  const seen = await newListedIncident('续订前');
  ok(await dispatch(seen));
  await first.until(() => first.items.length >= 1);
  const last = first.items[first.items.length - 1].inboxChanged.position;
  first.dispose();
  // Gone: two arrive meanwhile.
  const missed = [await newListedIncident('断线期间一'), await newListedIncident('断线期间二')];
  for (const id of missed) ok(await dispatch(id));
  const resumed = collect<Change>(ws(township.token), LIVE, { after: last });
  await resumed.until(() => resumed.items.length >= 2);
  const live = await newListedIncident('续订后');
  ok(await dispatch(live));
  await resumed.until(() => resumed.items.length >= 3);
  await settle();
  expect(resumed.errors).toEqual([]);
  expect(resumed.items.map((i) => i.inboxChanged.incidentId)).toEqual([...missed, live]);
  const positions = resumed.items.map((i) => i.inboxChanged.position);
  expect(new Set(positions).size).toBe(3);

  const events = collect<{ incidentEvents: { type: string; position: string } }>(
    ws(centre.token),
    `subscription E($id: ID!, $after: ID) { incidentEvents(incidentId: $id, after: $after) { type position } }`,
    { id: live, after: '0:0' },
  );
  await events.until(() => events.items.some((e) => e.incidentEvents.type === 'TaskDispatched'));
  // From the start of the log: the incident's whole history, in order, registered first.
  expect(events.items[0].incidentEvents.type).toBe('IncidentReported');
  expect(events.items.map((e) => e.incidentEvents.type)).toContain('TaskDispatched');

  const bad = collect(ws(township.token), LIVE, { after: 'not-a-position' });
  await bad.until(() => bad.errors.length > 0);
  expect(JSON.stringify(bad.errors)).toContain('VALIDATION_FAILED');
});
