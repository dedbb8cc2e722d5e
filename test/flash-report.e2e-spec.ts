import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId, demoUserId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 舆情快报 (issue 19; 002 重大舆情: 第一时间形成舆情快报，直报区领导): when an incident is graded II or above (or left
 * unassessed too long) the platform drafts a 快报 from the log — 事件概况, 传播情况, 研判, 已采取措施, 下步建议 — for
 * the centre to complete; the centre's leader signs it off under the year's own 快报 number, and it goes by name to
 * the county leaders in charge of the field (and the principal ones), and up to the city office, which lists it.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let timers: TimerService;
let handler: Session; // 吴静, centre handler
let leader: Session; // 郑华, centre leader
let song: Session; // 宋健, 分管副县长: 征地拆迁 …
let ma: Session; // 马丽, 分管副县长: 食品药品 …
let chen: Session; // 陈立新, 县委书记 (principal)
let city: Session; // 许明, 市委网信办
let township: Session; // 王博, 东湖镇 leader
let hexi: Session; // a leader of another county's centre
let land = ''; // grade II, 征地拆迁

const REPORT = `id kind status serial title summary spread analysis measuresTaken suggestions addressees
  prefilledReason incidentId version allowedActions`;
interface Report {
  id: string;
  kind: string;
  status: string;
  serial: string | null;
  title: string;
  summary: string;
  spread: string | null;
  analysis: string;
  measuresTaken: string[] | null;
  suggestions: string[];
  addressees: string;
  prefilledReason: string | null;
  version: number;
  allowedActions: string[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const save = (s: Session, input: Record<string, unknown>) =>
  mutate<Report>(api.url, s.token, 'saveSpecialReportDraft', input, REPORT);
const issue = (s: Session, id: string) =>
  gql<{ issueSpecialReport: Report }>(
    api.url,
    `mutation I($id: ID!) { issueSpecialReport(id: $id) { ${REPORT} } }`,
    { id },
    { token: s.token },
  );
const read = (s: Session, id: string) =>
  gql<{ specialReport: Report }>(
    api.url,
    `query R($id: ID!) { specialReport(id: $id) { ${REPORT} } }`,
    { id },
    {
      token: s.token,
    },
  );
const list = async (s: Session, kind?: string) =>
  ok(
    await gql<{ specialReports: { id: string; kind: string; status: string }[] }>(
      api.url,
      `query L($k: ReportKind) { specialReports(kind: $k) { id kind status } }`,
      { k: kind ?? null },
      { token: s.token },
    ),
  ).specialReports;
const eventCount = async () =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events`)).rows[0].n;
/** The 快报 that reached a unit's inbox: who it names, and what it says. */
const arrivalsIn = async (unitKey: string) =>
  (
    await pg.query<{
      data: { kind: string; refId: string; recipientUserIds?: string[]; note: { zh: string } };
    }>(
      `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = 'FLASH_REPORT'
        ORDER BY transaction_id, global_position`,
      [demoUnitId(unitKey)],
    )
  ).rows.map((r) => r.data);
const waitingToRead = async (s: Session) =>
  ok(
    await gql<{
      inbox: { edges: { node: { type: string; arrival: { kind: string; refId: string } | null } }[] };
    }>(
      api.url,
      `{ inbox(first: 100) { edges { node { type arrival { kind refId } } } } }`,
      {},
      { token: s.token },
    ),
  )
    .inbox.edges.filter((e) => e.node.arrival?.kind === 'FLASH_REPORT')
    .map((e) => e.node.arrival!.refId);

beforeAll(async () => {
  api = await startApi({ label: 'flash-report', clock });
  timers = api.server.app.get(TimerService);
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  [handler, leader, song, ma, chen, city, township, hexi] = await Promise.all(
    ['wujing', 'zhenghua', 'songjian', 'mali', 'chenlixin', 'xuming', 'wangbo', 'hexi.leader'].map((u) =>
      login(api.url, u),
    ),
  );
  land = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿纠纷',
    grade: 'II',
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('the platform drafts the 快报 when a grave incident is graded', () => {
  let draftId = '';

  it('pre-fills the five parts from the log and tells the centre leaders, who alone sign it off', async () => {
    await timers.fireDue();
    const [arrival] = await arrivalsIn('center');
    expect(arrival.note.zh).toContain('平台已预填快报稿件');
    draftId = arrival.refId;
    const draft = ok(await read(handler, draftId)).specialReport;
    expect(draft).toMatchObject({
      kind: 'FLASH',
      status: 'DRAFT',
      prefilledReason: 'MAJOR',
      title: '关于“东湖镇征地补偿纠纷”的舆情快报',
      addressees: '县委、县政府主要领导，分管县领导；市委网信办',
      suggestions: expect.arrayContaining(['统一发布口径，及时回应社会关切']),
    });
    expect(draft.summary).toContain('微博');
    expect(draft.spread).toContain('https://weibo.example/p/1');
    expect(draft.analysis).toContain('定为II级');
    expect(draft.measuresTaken).toEqual(['已列入处置清单（列单）']);
    // The handler revises it; signing it off is the centre leader's.
    expect(draft.allowedActions).toEqual(['reviseSpecialReport', 'withdrawSpecialReport']);
    expect(ok(await read(leader, draftId)).specialReport.allowedActions).toContain('issueSpecialReport');
    // Not a leader's to read before it is signed off, nor the city office's.
    expect(errorOf(await read(song, draftId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await read(city, draftId))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is completed by the centre: 传播情况 is required, and a 快报 stays a 快报', async () => {
    const before = await eventCount();
    const blank = await save(handler, {
      id: draftId,
      incidentId: land,
      title: '关于东湖镇征地补偿纠纷的舆情快报',
      summary: '东湖镇村民在微博反映征地补偿款未按时发放。',
      spread: ' ',
      analysis: '存在线下聚集风险，网上关注度上升。',
      suggestions: ['责成东湖镇核实'],
    });
    expect(errorOf(blank)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(errorOf(blank))).toContain('input.spread');
    const asSpecial = await save(handler, {
      id: draftId,
      kind: 'SPECIAL',
      incidentId: land,
      title: '关于东湖镇征地补偿纠纷的舆情快报',
      summary: '东湖镇村民在微博反映征地补偿款未按时发放。',
      analysis: '存在线下聚集风险，网上关注度上升。',
      suggestions: ['责成东湖镇核实'],
    });
    expect(errorOf(asSpecial)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(errorOf(asSpecial))).toContain('不能改为舆情专报');
    expect(await eventCount()).toBe(before);

    const revised = ok(
      await save(handler, {
        id: draftId,
        incidentId: land,
        title: '关于东湖镇征地补偿纠纷的舆情快报',
        summary: '东湖镇村民在微博反映征地补偿款未按时发放，现场有二十余人聚集。',
        spread: '微博话题阅读量两小时内超过 50 万，本地公众号两篇转载。',
        measuresTaken: ['已列入处置清单（列单）', '已派东湖镇核实', ''],
        analysis: '存在线下聚集风险，网上关注度上升。',
        suggestions: ['责成东湖镇当日答复', '持续监测'],
      }),
    ).saveSpecialReportDraft;
    expect(revised).toMatchObject({
      kind: 'FLASH',
      prefilledReason: 'MAJOR',
      measuresTaken: ['已列入处置清单（列单）', '已派东湖镇核实'],
    });
  });

  it('goes by name to the leaders in charge and the principal ones, and up to the city office', async () => {
    expect(errorOf(await issue(handler, draftId))).toMatchObject({ code: 'FORBIDDEN' });
    const issued = ok(await issue(leader, draftId)).issueSpecialReport;
    expect(issued).toMatchObject({ status: 'ISSUED', serial: '2026年第1期' });

    // The county office's leaders: 宋健 (征地拆迁) and 陈立新 (principal, grade II) by name — not 马丽.
    const [county] = await arrivalsIn('county-office');
    expect(county.refId).toBe(draftId);
    expect(county.recipientUserIds?.sort()).toEqual([demoUserId('chenlixin'), demoUserId('songjian')].sort());
    expect(county.note.zh).toBe('《舆情快报》2026年第1期：关于东湖镇征地补偿纠纷的舆情快报');
    expect(await waitingToRead(song)).toEqual([draftId]);
    expect(await waitingToRead(chen)).toEqual([draftId]);
    expect(await waitingToRead(ma)).toEqual([]);
    // The city office hears of it, lists it among its 快报 and reads it whole.
    expect((await arrivalsIn('city')).map((a) => a.refId)).toEqual([draftId]);
    expect(await list(city, 'FLASH')).toEqual([{ id: draftId, kind: 'FLASH', status: 'ISSUED' }]);
    expect(await list(city, 'SPECIAL')).toEqual([]);
    expect(ok(await read(city, draftId)).specialReport.spread).toContain('50 万');
    expect(ok(await read(song, draftId)).specialReport.status).toBe('ISSUED');
  });

  it('is read by no one it did not go to: a township, another county', async () => {
    expect(errorOf(await read(township, draftId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await read(hexi, draftId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await list(hexi)).toEqual([]);
    expect(await list(township)).toEqual([]);
  });

  it('numbers 快报 and 专报 each in its own series', async () => {
    const special = ok(
      await save(handler, {
        incidentId: land,
        title: '东湖镇征地补偿纠纷专报',
        summary: '东湖镇村民在微博反映征地补偿款未按时发放。',
        analysis: '存在线下聚集风险，网上关注度上升。',
        suggestions: ['责成东湖镇核实'],
      }),
    ).saveSpecialReportDraft;
    expect(special).toMatchObject({
      kind: 'SPECIAL',
      spread: null,
      measuresTaken: null,
      prefilledReason: null,
    });
    expect(ok(await issue(leader, special.id)).issueSpecialReport.serial).toBe('2026年第1期');
    const second = ok(
      await save(handler, {
        kind: 'FLASH',
        incidentId: land,
        title: '东湖镇征地补偿纠纷续报',
        summary: '东湖镇已当面答复村民，补偿款今日到账。',
        spread: '话题热度回落。',
        analysis: '舆情趋于平稳，仍需关注反复。',
        suggestions: ['持续监测'],
      }),
    ).saveSpecialReportDraft;
    expect(second.addressees).toBe('县委、县政府主要领导，分管县领导；市委网信办');
    expect(ok(await issue(leader, second.id)).issueSpecialReport.serial).toBe('2026年第2期');
    expect((await list(handler, 'FLASH')).map((r) => r.id)).toEqual([second.id, draftId]);
    // The incident's timeline says which paper each step was.
    const timeline = ok(
      await gql<{ incident: { timeline: { description: string }[] } }>(
        api.url,
        `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
        { id: land },
        { token: handler.token },
      ),
    ).incident.timeline.map((t) => t.description);
    expect(timeline).toEqual(
      expect.arrayContaining([
        expect.stringContaining('平台预填舆情快报稿件'),
        expect.stringContaining('签发舆情快报（2026年第1期）'),
        expect.stringContaining('签发舆情专报（2026年第1期）'),
        expect.stringContaining('签发舆情快报（2026年第2期）'),
      ]),
    );
  });
});
