import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * 函告网站 (000 §三4; 001 §二(五)): for a false post the unit handling it writes to the outside platform by name,
 * with the items' links, and records what the platform answered (removed, refused, no answer). The county centre
 * or a township working the incident sends it; only the sender records the answer; it is on the incident's
 * timeline and in the auditor's history.
 */
let api: ApiFixture;
let pg: Client;
let centre: Session; // 周明, centre duty officer
let township: Session; // 李娜, 东湖镇 handler
let otherTownship: Session; // 高扬, 西山镇
let auditor: Session; // 钱军
let incidentId = '';

const REQUEST = `id incidentId platform itemUrls request answer answerNote allowedActions version sendingUnit { name }`;
interface Request {
  id: string;
  platform: string;
  itemUrls: string[];
  answer: string | null;
  answerNote: string | null;
  allowedActions: string[];
  sendingUnit: { name: string };
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const send = (s: Session, input: Record<string, unknown>) =>
  mutate<Request>(api.url, s.token, 'sendTakedownRequest', input, REQUEST);
const answer = (s: Session, input: Record<string, unknown>) =>
  mutate<Request>(api.url, s.token, 'recordTakedownAnswer', input, REQUEST);
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;
const onIncident = async (s: Session) =>
  ok(
    await gql<{ incident: { allowedActions: string[]; takedownRequests: Request[] } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { allowedActions takedownRequests { ${REQUEST} } } }`,
      { id: incidentId },
      { token: s.token },
    ),
  ).incident;
const content = {
  platform: '清水生活论坛',
  itemUrls: ['https://bbs.qingshui.example/t/101', 'https://bbs.qingshui.example/t/102'],
  request: '上述贴文称东湖镇征地补偿“一分未发”，与事实不符，请依法依规处置。',
};

beforeAll(async () => {
  api = await startApi({ label: 'takedown' });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [centre, township, otherTownship, auditor] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang', 'qianjun'].map((u) => login(api.url, u)),
  );
  incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿不实网帖',
    discoveredAt: new Date(),
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
      'id',
    ),
  );
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('a township working the incident writes to the platform and records its answer', async () => {
  expect((await onIncident(township)).allowedActions).toContain('sendTakedownRequest');
  const sent = ok(await send(township, { incidentId, ...content })).sendTakedownRequest;
  expect(sent).toMatchObject({
    platform: '清水生活论坛',
    itemUrls: content.itemUrls,
    answer: null,
    allowedActions: ['recordTakedownAnswer'],
    sendingUnit: { name: '东湖镇' },
  });
  // The centre sees it on the incident, but the answer is the sender's to record.
  const seen = (await onIncident(centre)).takedownRequests;
  expect(seen.map((r) => [r.id, r.allowedActions])).toEqual([[sent.id, []]]);
  const before = await countEvents('TakedownAnswerRecorded');
  expect(errorOf(await answer(centre, { requestId: sent.id, answer: 'REMOVED' }))).toMatchObject({
    code: 'FORBIDDEN',
    reason: 'TAKEDOWN.SENDER_ONLY',
  });
  expect(await countEvents('TakedownAnswerRecorded')).toBe(before);

  // No answer yet is provisional; removed is final.
  const waiting = ok(
    await answer(township, { requestId: sent.id, answer: 'NO_ANSWER', note: '已电话联系，尚未回复' }),
  ).recordTakedownAnswer;
  expect(waiting).toMatchObject({ answer: 'NO_ANSWER', allowedActions: ['recordTakedownAnswer'] });
  const removed = ok(await answer(township, { requestId: sent.id, answer: 'REMOVED' })).recordTakedownAnswer;
  expect(removed).toMatchObject({ answer: 'REMOVED', allowedActions: [] });
  expect(errorOf(await answer(township, { requestId: sent.id, answer: 'REFUSED' }))).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'TAKEDOWN.ALREADY_ANSWERED',
  });

  // On the incident's timeline and in the auditor's history, by name.
  const timeline = ok(
    await gql<{ incident: { timeline: { description: string }[] } }>(
      api.url,
      `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).incident.timeline.map((t) => t.description);
  expect(timeline.slice(-3)).toEqual([
    expect.stringMatching(/东湖镇 李娜 函告网站「清水生活论坛」（2 条链接）$/),
    expect.stringMatching(/李娜 登记平台答复：未答复$/),
    expect.stringMatching(/李娜 登记平台答复：已删除$/),
  ]);
  const history = ok(
    await gql<{ incidentHistory: { entries: { type: string; description: string }[] } }>(
      api.url,
      `query H($id: ID!) { incidentHistory(id: $id) { entries { type description } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).incidentHistory.entries.filter((e) => e.type.startsWith('Takedown'));
  expect(history.map((e) => e.type)).toEqual([
    'TakedownRequestSent',
    'TakedownAnswerRecorded',
    'TakedownAnswerRecorded',
  ]);
});

it('a township outside the incident neither sends nor sees one, nor answers another’s', async () => {
  const before = await countEvents('TakedownRequestSent');
  expect(errorOf(await send(otherTownship, { incidentId, ...content }))).toMatchObject({ code: 'NOT_FOUND' });
  const [request] = (await onIncident(centre)).takedownRequests;
  expect(errorOf(await answer(otherTownship, { requestId: request.id, answer: 'REFUSED' }))?.code).toBe(
    'NOT_FOUND',
  );
  expect(await countEvents('TakedownRequestSent')).toBe(before);
});

it('bad input is refused field by field and records nothing', async () => {
  const before = await countEvents('TakedownRequestSent');
  const bad = await send(centre, {
    incidentId,
    platform: ' ',
    itemUrls: ['https://ok.example/1', 'javascript:alert(1)'],
    request: '删',
  });
  expect(errorOf(bad)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.platform' }),
      expect.objectContaining({ field: 'input.request' }),
      expect.objectContaining({ field: 'input.itemUrls[1]' }),
    ],
  });
  expect(errorOf(await send(centre, { incidentId, ...content, itemUrls: [] }))?.code).toBe(
    'VALIDATION_FAILED',
  );
  expect(await countEvents('TakedownRequestSent')).toBe(before);
  // The centre may send one too.
  expect(ok(await send(centre, { incidentId, ...content })).sendTakedownRequest.sendingUnit.name).toMatch(
    /清水县委网信办/,
  );
});
