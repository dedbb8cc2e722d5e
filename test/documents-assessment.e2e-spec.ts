import { createHash } from 'node:crypto';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { docxParts, paragraphsOf } from '@app/documents';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 考核通报 over the API (issue 21, papers3): March 2026 of the demo county scripted — 东湖镇 hands in on time, 西山镇
 * late after a 督办 — then issued by the county centre's leader once March is over, under the 考核 rules in force;
 * refused while the month runs, to everyone else, and unknown to another county.
 */
const clock = new ManualClock('2026-03-02T01:00:00.000Z'); // 09:00 Beijing, Monday 2 March
const MARCH = 'qingshui:2026-03';
const FEEDBACK = { factsFound: '已核实', measures: '约谈当事人', result: '已答复网民' };
const DOC = `id kind recordId documentNumber number title classification sha256 docxPath`;
interface Doc {
  id: string;
  kind: string;
  recordId: string;
  documentNumber: string;
  number: number;
  title: string;
  classification: string;
  sha256: string;
  docxPath: string;
}

let api: ApiFixture;
let leader: Session; // 郑华, the centre's leader
let centre: Session; // 吴静, the centre's handler
let donghu: Session;
let xishan: Session;
let auditor: Session;
let hexi: Session;

async function moveTo(at: string): Promise<void> {
  clock.set(at);
  [leader, centre, donghu, xishan, auditor, hexi] = await Promise.all(
    ['zhenghua', 'wujing', 'lina', 'gaoyang', 'qianjun', 'hexi.leader'].map((u) => login(api.url, u)),
  );
}
const step = async (s: Session, name: string, input: Record<string, unknown>) =>
  ok(await mutate(api.url, s.token, name, input, 'id'));
const issue = (s: Session, recordId: string) =>
  mutate<Doc>(api.url, s.token, 'issueDocument', { kind: 'ASSESSMENT_NOTICE', recordId }, DOC);
const refusal = (r: { errors?: { extensions: Record<string, unknown>; message: string }[] }) => ({
  ...r.errors?.[0]?.extensions,
  message: r.errors?.[0]?.message,
});
const documents = (s: Session, recordId: string) =>
  gql<{ documents: Doc[]; documentIssuable: boolean }>(
    api.url,
    `query Q($r: ID!) { documents(recordId: $r) { ${DOC} } documentIssuable(kind: ASSESSMENT_NOTICE, recordId: $r) }`,
    { r: recordId },
    s,
  );
const download = (s: Session, path: string) =>
  fetch(new URL(path, api.url), { headers: { authorization: `Bearer ${s.token}` } });

beforeAll(async () => {
  api = await startApi({ label: 'docassess', clock });
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  await moveTo('2026-03-02T01:00:00.000Z');
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '西山镇道路积水网帖',
    discoveredAt: new Date('2026-03-02T00:30:00.000Z'),
  });
  const dispatch = async (unit: string) =>
    ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'dispatchTask',
        { incidentId, unitId: demoUnitId(unit), role: 'LEAD', requirements: '核实情况并书面反馈' },
        'id',
      ),
    ).dispatchTask.id;
  // 东湖镇: signed and handed in within two hours. 西山镇: a 督办, then handed in a day after its 12 hours.
  const a = await dispatch('donghu');
  const b = await dispatch('xishan');
  await moveTo('2026-03-02T02:00:00.000Z');
  await step(donghu, 'signTask', { taskId: a });
  await step(xishan, 'signTask', { taskId: b });
  await moveTo('2026-03-02T03:00:00.000Z');
  await step(donghu, 'handInTask', { taskId: a, ...FEEDBACK });
  await step(centre, 'superviseTask', {
    taskId: b,
    content: '请抓紧办理',
    replyDueAt: '2026-03-02T10:00:00.000Z',
  });
  await moveTo('2026-03-03T13:00:00.000Z');
  await step(xishan, 'handInTask', { taskId: b, ...FEEDBACK });
}, 120_000);
afterAll(async () => api?.close());

it('is refused while the month runs: a 考核通报 is the closed period’s, and nothing is written', async () => {
  await moveTo('2026-03-31T08:00:00.000Z'); // 16:00 Beijing, the month’s last day
  expect(refusal(await issue(leader, MARCH))).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'DOCUMENT.PERIOD_NOT_CLOSED',
    message: expect.stringMatching(/^考核期尚未结束（2026年3月）/),
  });
  expect(ok(await documents(leader, MARCH))).toEqual({ documents: [], documentIssuable: false });
});

describe('once March is over', () => {
  let doc: Doc;
  beforeAll(async () => {
    await moveTo('2026-03-31T16:00:00.000Z'); // 00:00 Beijing, 1 April
    // Another county learns nothing of it; an id that names no period, neither.
    for (const [s, id] of [
      [hexi, MARCH],
      [leader, 'qingshui:2026-13'],
      [leader, 'hexi:2026-03'],
    ] as const)
      expect(refusal(await issue(s, id))).toMatchObject({ code: 'NOT_FOUND' });
    // The centre's handler, the county's auditor and a township may see it exists, but issue nothing.
    expect(refusal(await issue(centre, MARCH))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DOCUMENT.ASSESSMENT_NOTICE_CENTRE_LEADERS_ONLY',
    });
    for (const s of [auditor, donghu])
      expect(refusal(await issue(s, MARCH))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await documents(leader, MARCH))).toEqual({ documents: [], documentIssuable: true });
    expect(ok(await documents(centre, MARCH)).documentIssuable).toBe(false);
    doc = ok(await issue(leader, MARCH)).issueDocument;
  });

  it('gets the centre’s first number of its 考核 series, internal by default', () => {
    expect(doc).toMatchObject({
      kind: 'ASSESSMENT_NOTICE',
      recordId: MARCH,
      documentNumber: '清水网信考核〔2026〕1号',
      number: 1,
      classification: 'INTERNAL',
      title: '关于2026年3月网络舆情应急处置工作考核情况的通报',
    });
  });

  it('ranks the units under the rules in force with their figures, addressed to them', async () => {
    const bytes = Buffer.from(await (await download(donghu, doc.docxPath)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
    const text = paragraphsOf((await docxParts(bytes))['word/document.xml']);
    expect(text).toContain('东湖镇、西山镇：');
    expect(text.join('')).toContain(
      '对2026年3月（2026年3月1日至2026年3月31日）各单位网络舆情处置工作进行了考核',
    );
    expect(text.join('')).toContain(
      '本期共派发工单2件，首次交单2件，其中按时交单1件、逾期交单1件，按时交单率50%；人工督办1次',
    );
    expect(text).toContain('计分规则：按各日当时有效的规则计分（系统默认规则 2026-03-01 至 2026-03-31）。');
    // The table, row by row: 名次 单位 得分 工单 按时 逾期 未交 督办 退回 函迟签.
    const at = text.indexOf('名次');
    expect(text.slice(at, at + 10)).toEqual([
      '名次',
      '单位',
      '得分',
      '工单',
      '按时',
      '逾期',
      '未交',
      '督办',
      '退回',
      '函迟签',
    ]);
    const rows = [text.slice(at + 10, at + 20), text.slice(at + 20, at + 30)];
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[7]])).toEqual([
      ['1', '东湖镇', '1', '1', '0', '0'],
      ['2', '西山镇', '1', '0', '1', '1'],
    ]);
    expect(Number(rows[0][2])).toBeGreaterThan(Number(rows[1][2]));
    expect(text.find((t) => t.startsWith('抄送：'))).toContain('县委、县政府有关领导');
  });

  it('is read by the county’s units it is addressed to, not by another county; issued once', async () => {
    for (const s of [donghu, xishan, auditor, centre])
      expect(ok(await documents(s, MARCH)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(ok(await documents(hexi, MARCH)).documents).toEqual([]);
    expect((await download(hexi, doc.docxPath)).status).toBe(404);
    expect(refusal(await issue(leader, MARCH))).toMatchObject({ reason: 'DOCUMENT.ALREADY_ISSUED' });
  });
});
