import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { mutate, ok } from './support/loop-steps';
import { intakeSourceWithKey } from './support/intake-sources';
import { establishOtherCounty } from './support/other-county';

/**
 * 领导留言板 and 书记县长信箱 (004 §二(一)2; issue 23): a message comes with its own reply deadline, which the platform
 * tracks like a task's — reminded before it falls due (the county's reminder settings), 超期 when it passes, each once,
 * in the centre's 待办 — until the centre marks it answered, whatever was decided about the item meanwhile.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z'); // 10:00 Beijing
let api: ApiFixture;
let base = '';
let pg: Client;
let timers: TimerService;
let admin: Session;
let duty: Session;
let township: Session;
let hexi: Session; // 河西县's centre duty officer
let boardKey = '';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse('2026-12-03T02:00:00.000Z') + hours * HOUR).toISOString();
const push = async (items: unknown[]) => {
  const res = await fetch(`${base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': boardKey },
    body: JSON.stringify({ items }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      received?: { itemId: string }[];
      code?: string;
      fields?: { field: string; message: string }[];
    },
  };
};
// Different messages (alike ones would join as one item: near-duplicates, ADR 0023).
const TEXTS = [
  '西山镇垃圾填埋场夜间异味明显，周边居民请求处理。',
  '北城街道某小区电梯频繁故障，物业拖延维修，请领导督促。',
  '柳营村自来水发黄有异味，村民请求检测水质。',
  '县人民医院挂号排队时间过长，希望增加窗口。',
];
const message = (n: number, over: Record<string, unknown> = {}) => ({
  id: `msg-${n}`,
  platform: 'LEADER_MESSAGE_BOARD',
  author: `留言人${n}`,
  title: TEXTS[n % TEXTS.length].slice(0, 12),
  text: TEXTS[n % TEXTS.length],
  publishedAt: at(-1),
  replyDueAt: at(48),
  ...over,
});
const ITEM = 'id replyDueAt repliedAt replyNote allowedActions';
const item = async (s: Session, id: string) =>
  ok(
    await gql<{
      intakeItem: {
        replyDueAt: string | null;
        repliedAt: string | null;
        replyNote: string | null;
        allowedActions: string[];
      };
    }>(api.url, `query I($id: ID!) { intakeItem(id: $id) { ${ITEM} } }`, { id }, { token: s.token }),
  ).intakeItem;
const markReplied = (s: Session, itemId: string, note: string) =>
  mutate(api.url, s.token, 'markIntakeItemReplied', { itemId, note }, ITEM) as Promise<
    GqlResponse<{ markIntakeItemReplied: { repliedAt: string; replyNote: string; allowedActions: string[] } }>
  >;
const arrivals = async (itemId: string) =>
  (
    await pg.query<{ kind: string; note: { zh: string } }>(
      `SELECT data->>'kind' AS kind, data->'note' AS note FROM es_events
        WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'refId' = $2 ORDER BY transaction_id, global_position`,
      [demoUnitId('center'), itemId],
    )
  ).rows;
const timersOf = async (itemId: string) =>
  (
    await pg.query<{ kind: string; armed: boolean; outcome: string | null }>(
      `SELECT kind, armed, outcome FROM timer WHERE subject_id = $1 ORDER BY due_at`,
      [itemId],
    )
  ).rows;

/** Moves the clock and signs the people in again (a session ends after hours of idleness, on the same clock). */
async function moveTo(hours: number) {
  clock.set(at(hours));
  [duty, township, hexi] = await Promise.all(['zhouming', 'lina', 'hexi-duty'].map((u) => login(api.url, u)));
}

beforeAll(async () => {
  api = await startApi({ label: 'message-replies', clock });
  base = api.url.replace(/\/graphql$/, '');
  timers = api.server.app.get(TimerService);
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, {
    username: 'hexi-duty',
    displayName: '河西值班员',
    role: Role.DUTY_OFFICER,
  });
  [admin, duty, township, hexi] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'lina', 'hexi-duty'].map((u) => login(api.url, u)),
  );
  boardKey = (
    await intakeSourceWithKey(api.url, admin.token, { name: '督查局留言板巡查', kind: 'MESSAGE_BOARD' })
  ).key;
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('a deadline only a message has, after it was posted, as an ISO time: refused field by field, nothing stored', async () => {
  const before = (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake_item_view`)).rows[0].n;
  const r = await push([
    message(90, { platform: 'WEIBO', url: 'https://weibo.example/x/90' }),
    message(91, { replyDueAt: at(-2) }),
    message(92, { replyDueAt: '后天' }),
  ]);
  expect(r.status).toBe(400);
  expect(r.body.fields?.map((f) => [f.field, f.message])).toEqual([
    ['items[0].replyDueAt', '只有领导留言板、书记县长信箱的留言有回复时限'],
    ['items[1].replyDueAt', '回复时限须晚于发布时间'],
    ['items[2].replyDueAt', '回复时限须为带时区的 ISO 8601 时间，如 2026-12-10T18:00:00+08:00'],
  ]);
  expect((await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake_item_view`)).rows[0].n).toBe(
    before,
  );
});

it('is reminded before it falls due and is 超期 after, each once, in the centre’s 待办, until answered', async () => {
  const [{ itemId }] = (await push([message(1)])).body.received!;
  const seen = await item(duty, itemId);
  expect(seen.replyDueAt).toBe(at(48));
  expect(seen.allowedActions).toContain('markIntakeItemReplied');
  // The county's default settings: a reminder at 75 % of the time and one an hour before.
  expect((await timersOf(itemId)).map((t) => t.kind)).toEqual([
    'MESSAGE_REPLY_NEARLY_DUE',
    'MESSAGE_REPLY_NEARLY_DUE',
    'MESSAGE_REPLY_OVERDUE',
  ]);
  clock.set(at(10));
  await timers.fireDue();
  expect(await arrivals(itemId)).toEqual([]);
  clock.set(at(37));
  await timers.fireDue();
  const reminded = await arrivals(itemId);
  expect(reminded.map((a) => a.kind)).toEqual(['MESSAGE_REPLY_NEARLY_DUE']);
  expect(reminded[0].note.zh).toBe('留言须于 2026-12-05 10:00 前回复，尚未回复');
  clock.set(at(49));
  await timers.fireDue();
  await timers.fireDue();
  const all = await arrivals(itemId);
  expect(all.map((a) => a.kind)).toEqual([
    'MESSAGE_REPLY_NEARLY_DUE',
    'MESSAGE_REPLY_NEARLY_DUE',
    'MESSAGE_REPLY_OVERDUE',
  ]);
  expect(all[2].note.zh).toBe('留言回复时限 2026-12-05 10:00 已过，尚未回复');
  // Answered late: marked, and nothing more is said.
  await moveTo(49);
  const marked = ok(await markReplied(duty, itemId, '已由西山镇在留言板答复')).markIntakeItemReplied;
  expect(marked.replyNote).toBe('已由西山镇在留言板答复');
  expect(marked.allowedActions).not.toContain('markIntakeItemReplied');
});

it('answered in time, its reminders stop; only the centre marks it, once, with how it was answered', async () => {
  await moveTo(50);
  const [{ itemId }] = (await push([message(2, { publishedAt: at(49), replyDueAt: at(74) })])).body.received!;
  // A township may not; no note is refused; nothing changes.
  expect((await markReplied(township, itemId, '已回复')).errors?.[0].extensions?.code).toMatch(
    /FORBIDDEN|NOT_FOUND/,
  );
  // Another county's centre does not find the item.
  expect((await markReplied(hexi, itemId, '已回复')).errors?.[0].extensions).toMatchObject({
    code: 'NOT_FOUND',
    reason: 'INTAKE.ITEM_NOT_FOUND',
  });
  expect((await markReplied(duty, itemId, ' ')).errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    reason: 'INPUT.REASON_REQUIRED',
  });
  expect((await item(duty, itemId)).repliedAt).toBeNull();
  ok(await markReplied(duty, itemId, '县信访局已电话回复留言人'));
  expect((await markReplied(duty, itemId, '再次')).errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'INTAKE.ALREADY_REPLIED',
  });
  expect((await timersOf(itemId)).every((t) => !t.armed && t.outcome === 'DISARMED')).toBe(true);
  clock.set(at(80));
  await timers.fireDue();
  expect(await arrivals(itemId)).toEqual([]);
});

it('an item that is not a message with a deadline is not marked replied', async () => {
  clock.set(at(31));
  const [{ itemId }] = (await push([message(3, { replyDueAt: undefined, publishedAt: at(30) })])).body
    .received!;
  expect((await item(duty, itemId)).allowedActions).not.toContain('markIntakeItemReplied');
  expect((await markReplied(duty, itemId, '已回复')).errors?.[0].extensions).toMatchObject({
    reason: 'INTAKE.NO_REPLY_DEADLINE',
  });
});

it('留言待回复 lists the open messages, the soonest due first, registered ones too, until marked; the centre’s only', async () => {
  await moveTo(90);
  const awaiting = async (s: Session) =>
    gql<{ intakeAwaitingReplies: { totalCount: number; edges: { node: { id: string; status: string } }[] } }>(
      api.url,
      `{ intakeAwaitingReplies(first: 50) { totalCount edges { node { id status } } } }`,
      {},
      { token: s.token },
    );
  const pushed = (
    await push([
      message(5, { publishedAt: at(89), replyDueAt: at(100) }),
      message(4, { publishedAt: at(89), replyDueAt: at(95) }),
    ])
  ).body.received!;
  const [later, sooner] = pushed.map((r) => r.itemId);
  ok(await mutate(api.url, duty.token, 'registerIntakeItems', { itemIds: [later] }, 'incidentId'));
  const open = ok(await awaiting(duty)).intakeAwaitingReplies.edges.map((e) => e.node);
  expect(open.map((n) => n.id)).toEqual([sooner, later]);
  expect(open[1].status).toBe('REGISTERED');
  // Marked from the list (the item is no longer in 待研判): it leaves the list.
  ok(await markReplied(duty, later, '已由县住建局在留言板答复'));
  expect(ok(await awaiting(duty)).intakeAwaitingReplies.edges.map((e) => e.node.id)).toEqual([sooner]);
  expect((await awaiting(township)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
