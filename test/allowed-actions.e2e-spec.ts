import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * `allowedActions` on letters, statements, a unit's duty and the steps offered on an incident (issue 18): the console
 * shows a button only when the API lists it, so the lists must differ by unit and role exactly as the access policy
 * and the thing's state say. Each answer is read over GraphQL from the running API on its own database.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z'); // Thursday 10:00 Beijing
let api: ApiFixture;
let handler: Session; // 吴静, centre handler
let officer: Session; // 周明, centre duty officer
let leader: Session; // 郑华, centre leader
let admin: Session; // 赵强, county admin
let auditor: Session; // 钱军
let propaganda: Session; // 何刚, propaganda department leader
let spokesperson: Session; // 孙丽
let township: Session; // 李娜, 东湖镇 handler
let townLeader: Session; // 王博, 东湖镇 leader
let incidentId = '';

const centre = demoUnitId('center');
const donghu = demoUnitId('donghu');

const incidentActions = async (s: Session) =>
  ok(
    await gql<{ incident: { allowedActions: string[] } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { allowedActions } }`,
      { id: incidentId },
      { token: s.token },
    ),
  ).incident.allowedActions;
const letterActions = async (s: Session, id: string) =>
  ok(
    await gql<{ riskLetter: { allowedActions: string[] } }>(
      api.url,
      `query L($id: ID!) { riskLetter(id: $id) { allowedActions } }`,
      { id },
      { token: s.token },
    ),
  ).riskLetter.allowedActions;
const statementActions = async (s: Session, id: string) =>
  ok(
    await gql<{ statements: { id: string; allowedActions: string[] }[] }>(
      api.url,
      `query S { statements { id allowedActions } }`,
      {},
      { token: s.token },
    ),
  ).statements.find((x) => x.id === id)!.allowedActions;
const dutyActions = (s: Session, unitId: string) =>
  gql<{ dutyAllowedActions: string[] }>(
    api.url,
    `query D($u: ID) { dutyAllowedActions(unitId: $u) }`,
    { u: unitId },
    { token: s.token },
  );

beforeAll(async () => {
  api = await startApi({ label: 'allowed-actions', clock });
  [handler, officer, leader, admin, auditor, propaganda, spokesperson, township, townLeader] =
    await Promise.all(
      ['wujing', 'zhouming', 'zhenghua', 'zhaoqiang', 'qianjun', 'hegang', 'sunli', 'lina', 'wangbo'].map(
        (u) => login(api.url, u),
      ),
    );
  incidentId = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿',
    grade: 'III',
    discoveredAt: clock.now(),
  });
});
afterAll(() => api.close());

it('offers the letter, the referral and a statement on an incident to the centre’s workers only', async () => {
  const centreSees = await incidentActions(handler);
  expect(centreSees).toEqual(
    expect.arrayContaining(['sendRiskLetter', 'referToPolice', 'draftStatement', 'draftSpecialReport']),
  );
  // The auditor reads everything and changes nothing; the administrator does not work incidents.
  expect(await incidentActions(auditor)).toEqual([]);
  expect(await incidentActions(admin)).toEqual([]);
});

it('names why each step of the caller’s is not open yet, and shows nothing of another’s steps (issue 20 §5)', async () => {
  const unavailable = async (s: Session) =>
    ok(
      await gql<{
        incident: {
          allowedActions: string[];
          unavailableActions: { action: string; reason: string; reasonEn: string }[];
        };
      }>(
        api.url,
        `query I($id: ID!) { incident(id: $id) { allowedActions unavailableActions { action reason reasonEn } } }`,
        { id: incidentId },
        { token: s.token },
      ),
    ).incident;
  const centre = await unavailable(handler);
  const why = Object.fromEntries(centre.unavailableActions.map((u) => [u.action, u.reason]));
  // The listed incident is being handled: 办结 waits for it to calm down, and listing again is done already.
  expect(why.closeIncident).toBe('事件尚未平息，请先标记平息');
  expect(why.listIncident).toBe('事件已列单');
  expect(why.fileIncidentReview).toBe('事件尚未办结');
  expect(centre.unavailableActions.every((u) => u.reasonEn.length > 0)).toBe(true);
  // Allowed and unavailable never overlap.
  expect(centre.allowedActions.filter((a) => a in why)).toEqual([]);
  // The auditor and the administrator take no step on an incident: nothing is shown to them, disabled or not.
  expect((await unavailable(auditor)).unavailableActions).toEqual([]);
  expect((await unavailable(admin)).unavailableActions).toEqual([]);
});

it('offers signing a letter to a recipient that has not signed, and to nobody else', async () => {
  const letter = ok(
    await mutate<{ id: string }>(
      api.url,
      handler.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [donghu],
        title: '关于东湖镇征地补偿舆情风险的提示函',
        level: 'III',
        risk: '补偿争议可能引发聚集',
        scope: '东湖镇',
        watchPoints: '补偿发放进度',
        requestedMeasures: '核实并书面反馈',
      },
      'id allowedActions',
    ),
  ).sendRiskLetter;
  // The sender does not sign its own letter; both sides' workers may add files to it (issue 22).
  expect(letter).toMatchObject({ allowedActions: ['attachFile'] });
  expect(await letterActions(township, letter.id)).toEqual(['signRiskLetter', 'attachFile']);
  expect(await letterActions(townLeader, letter.id)).toEqual(['signRiskLetter', 'attachFile']);
  expect(await letterActions(auditor, letter.id)).toEqual([]);

  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter.id },
      {
        token: township.token,
      },
    ),
  );
  // Signed once for the unit: nobody there is offered it again.
  expect(await letterActions(township, letter.id)).toEqual(['attachFile']);
  expect(await letterActions(townLeader, letter.id)).toEqual(['attachFile']);
  // Given a task, the township reads the incident; the centre's 办结 and 预警 are not shown to it, not even disabled.
  ok(
    await mutate(
      api.url,
      handler.token,
      'dispatchTask',
      {
        incidentId,
        unitId: donghu,
        role: 'LEAD',
        requirements: '核实补偿发放情况并书面反馈',
      },
      'id',
    ),
  );
  const town = ok(
    await gql<{ incident: { unavailableActions: { action: string }[] } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { unavailableActions { action } } }`,
      { id: incidentId },
      { token: township.token },
    ),
  ).incident.unavailableActions.map((u) => u.action);
  expect(town).not.toContain('closeIncident');
  expect(town).not.toContain('issueWarning');
});

it('offers a statement’s steps by its state: revise to its writers, approve to the propaganda leader, publish to the spokesperson', async () => {
  const draft = ok(
    await mutate<{ id: string; version: number; allowedActions: string[] }>(
      api.url,
      handler.token,
      'draftStatement',
      {
        incidentId,
        kind: 'WORDING',
        tier: 'POSITIVE_RESPONSE',
        title: '关于东湖镇征地补偿的情况说明',
        content: '县自然资源局已会同东湖镇核查补偿发放情况。',
      },
      'id version allowedActions',
    ),
  ).draftStatement;
  // Files go with a statement in any status, added by those who work it (issue 22); an auditor only reads.
  expect(draft.allowedActions).toEqual(['reviseStatement', 'attachFile']);
  expect(await statementActions(propaganda, draft.id)).toEqual([
    'approveStatement',
    'rejectStatement',
    'attachFile',
  ]);
  expect(await statementActions(spokesperson, draft.id)).toEqual(['attachFile']);
  expect(await statementActions(auditor, draft.id)).toEqual([]);

  const approved = ok(
    await mutate<{ allowedActions: string[] }>(
      api.url,
      propaganda.token,
      'approveStatement',
      { statementId: draft.id, approve: true, reason: '', expectedVersion: draft.version },
      'allowedActions',
    ),
  ).approveStatement;
  expect(approved.allowedActions).toEqual(['attachFile']);
  expect(await statementActions(spokesperson, draft.id)).toEqual(['publishStatement', 'attachFile']);
  expect(await statementActions(handler, draft.id)).toEqual(['attachFile']);
});

it('offers a special report’s draft to be revised and withdrawn by the centre’s writers, signed off by its leader', async () => {
  const REPORT = `id version allowedActions`;
  const draft = ok(
    await gql<{ saveSpecialReportDraft: { id: string; version: number; allowedActions: string[] } }>(
      api.url,
      `mutation D($i: SaveSpecialReportDraftInput!) { saveSpecialReportDraft(input: $i) { ${REPORT} } }`,
      {
        i: {
          incidentId,
          title: '关于东湖镇征地补偿网帖的舆情专报',
          summary: '12月3日，微博出现“东湖镇征地补偿不到位”网帖，转发 3000 余次。',
          analysis: '网帖情绪激烈，存在线下聚集苗头，若处置不及时可能升级。',
          suggestions: ['东湖镇核实补偿发放情况'],
          copyUnitIds: [donghu],
        },
      },
      { token: handler.token },
    ),
  ).saveSpecialReportDraft;
  expect(draft.allowedActions).toEqual(['reviseSpecialReport', 'withdrawSpecialReport']);
  const read = async (s: Session) =>
    ok(
      await gql<{ specialReport: { allowedActions: string[] } }>(
        api.url,
        `query R($id: ID!) { specialReport(id: $id) { allowedActions } }`,
        { id: draft.id },
        { token: s.token },
      ),
    ).specialReport.allowedActions;
  expect(await read(leader)).toEqual(['reviseSpecialReport', 'issueSpecialReport', 'withdrawSpecialReport']);
  expect(await read(auditor)).toEqual([]);

  const issued = ok(
    await gql<{ issueSpecialReport: { allowedActions: string[] } }>(
      api.url,
      `mutation I($id: ID!, $v: Int) { issueSpecialReport(id: $id, expectedVersion: $v) { allowedActions } }`,
      { id: draft.id, v: draft.version },
      { token: leader.token },
    ),
  ).issueSpecialReport;
  // Signed off: nothing more to do to it, for anyone.
  expect(issued.allowedActions).toEqual([]);
  expect(await read(handler)).toEqual([]);
  expect(await read(townLeader)).toEqual([]);
});

it('offers rostering to a unit’s leaders and the county administrator, the duty log to its duty officers and leaders', async () => {
  const actions = async (s: Session, unitId: string) => ok(await dutyActions(s, unitId)).dutyAllowedActions;
  expect(await actions(leader, centre)).toEqual(['assignDutyShift', 'cancelDutyShift', 'recordDutyLog']);
  expect(await actions(admin, centre)).toEqual(['assignDutyShift', 'cancelDutyShift']);
  expect(await actions(officer, centre)).toEqual(['recordDutyLog']);
  expect(await actions(handler, centre)).toEqual([]);
  expect(await actions(auditor, centre)).toEqual([]);
  // The county administrator rosters any unit; the centre's leader reads 东湖镇's duty but rosters only his own.
  expect(await actions(admin, donghu)).toEqual(['assignDutyShift', 'cancelDutyShift']);
  expect(await actions(leader, donghu)).toEqual([]);
  expect(await actions(townLeader, donghu)).toEqual(['assignDutyShift', 'cancelDutyShift', 'recordDutyLog']);
  expect(await actions(township, donghu)).toEqual([]);
  // A township may not read the centre's duty at all: refused as the roster is.
  expect((await dutyActions(townLeader, centre)).errors?.[0].extensions.code).toBe('FORBIDDEN');
});
