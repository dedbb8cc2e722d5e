import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId, demoUserId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 包保领导 and 跟踪专人 (issue 19; 000 §六3 实行领导包保责任制…责任到人; 003 §二(三) 落实专人动态跟踪): the county
 * centre names a leader from the county's roster and a person of its own to answer for an incident; both hear of it
 * by name, the timeline says who, and an accountability finding names a person in the platform by who they are.
 */
const clock = new ManualClock('2026-12-07T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let handler: Session; // 吴静, centre handler
let auditor: Session; // 钱军, county auditor
let song: Session; // 宋健, 分管副县长 (征地拆迁)
let hexiLeader: Session; // a leader of another county
let land = '';

const PEOPLE = 'version guarantor { userId unitId name post } tracker { userId name } allowedActions';
interface Person {
  userId: string;
  unitId: string;
  name: string;
  post: string | null;
}
interface Answer {
  version: number;
  guarantor: Person | null;
  tracker: Person | null;
  allowedActions: string[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const name = (s: Session, input: Record<string, unknown>) =>
  mutate<Answer>(api.url, s.token, 'nameIncidentResponsibility', { incidentId: land, ...input }, PEOPLE);
const named = async () =>
  (
    await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'IncidentResponsibilityNamed'`,
    )
  ).rows[0].n;

beforeAll(async () => {
  api = await startApi({ label: 'incident-responsibility', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  [handler, auditor, song, hexiLeader] = await Promise.all(
    ['wujing', 'qianjun', 'songjian', 'hexi.leader'].map((u) => login(api.url, u)),
  );
  land = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿',
    grade: 'III',
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await api?.close();
});

describe('naming who answers for an incident', () => {
  it('refuses people who cannot answer for it, and writes nothing', async () => {
    // 吴静 works the centre but is not one of the county's leaders.
    expect(errorOf(await name(handler, { guarantorUserId: demoUserId('wujing') }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INCIDENT.GUARANTOR_NOT_COUNTY_LEADER',
    });
    // 李娜 is a township's, not the owning centre's.
    expect(errorOf(await name(handler, { trackerUserId: demoUserId('lina') }))).toMatchObject({
      reason: 'INCIDENT.TRACKER_NOT_OF_UNIT',
    });
    expect(errorOf(await name(handler, {}))).toMatchObject({ code: 'VALIDATION_FAILED' });
    // An auditor reads but does not assign; another county does not learn the incident exists.
    expect(errorOf(await name(auditor, { guarantorUserId: demoUserId('songjian') }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await name(hexiLeader, { guarantorUserId: demoUserId('songjian') }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await named()).toBe(0);
  });

  it('names the 包保领导 from the roster and the 专人 from the centre, with their names and posts', async () => {
    const answer = ok(
      await name(handler, { guarantorUserId: demoUserId('songjian'), trackerUserId: demoUserId('zhouming') }),
    ).nameIncidentResponsibility;
    expect(answer.guarantor).toEqual({
      userId: demoUserId('songjian'),
      unitId: demoUnitId('county-office'),
      name: '宋健',
      post: '分管副县长',
    });
    expect(answer.tracker).toMatchObject({ userId: demoUserId('zhouming'), name: '周明' });
    expect(answer.allowedActions).toContain('nameIncidentResponsibility');
    // Naming the same people again changes nothing and is refused.
    expect(
      errorOf(
        await name(handler, {
          guarantorUserId: demoUserId('songjian'),
          trackerUserId: demoUserId('zhouming'),
        }),
      ),
    ).toMatchObject({ reason: 'INCIDENT.RESPONSIBILITY_UNCHANGED' });
    expect(await named()).toBe(1);
  });

  it('reaches the leader on their desk and the 专人 by name in the centre inbox; the timeline says who', async () => {
    const desk = ok(
      await gql<{ leaderDesk: { arrivals: { kind: string; incidentId: string; note: string | null }[] } }>(
        api.url,
        `{ leaderDesk { arrivals { kind incidentId note } } }`,
        {},
        { token: song.token },
      ),
    ).leaderDesk;
    expect(desk.arrivals).toContainEqual({
      kind: 'INCIDENT_RESPONSIBILITY',
      incidentId: land,
      note: '您被指定为该事件的包保领导',
    });
    const tracker = await pg.query<{ data: { recipientUserIds: string[]; audience: string } }>(
      `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = 'INCIDENT_RESPONSIBILITY'`,
      [demoUnitId('center')],
    );
    expect(tracker.rows.map((r) => r.data.recipientUserIds)).toEqual([[demoUserId('zhouming')]]);

    const timeline = ok(
      await gql<{ incident: { timeline: { description: string }[] } }>(
        api.url,
        `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
        { id: land },
        { token: auditor.token },
      ),
    ).incident.timeline.map((e) => e.description);
    expect(timeline.at(-1)).toBe(
      '10:00 清水县委网信办（县网络舆情应急监控中心） 吴静 指定包保领导：宋健（分管副县长）；跟踪专人：周明',
    );
  });

  it('changes the 专人 alone, keeping the leader', async () => {
    const answer = ok(
      await name(handler, { trackerUserId: demoUserId('zhenghua') }),
    ).nameIncidentResponsibility;
    expect(answer.guarantor?.name).toBe('宋健');
    expect(answer.tracker?.name).toBe('郑华');
  });

  it('names a person held to account by who they are, from the unit the finding is about', async () => {
    const FINDINGS = 'accountability { unitId person userId finding }';
    const finding = (userId: string) => ({
      unitId: demoUnitId('center'),
      userId,
      finding: '跟踪不及时',
      measure: '约谈提醒',
    });
    expect(
      errorOf(
        await mutate(
          api.url,
          handler.token,
          'recordAccountability',
          { incidentId: land, findings: [finding(demoUserId('lina'))] },
          FINDINGS,
        ),
      ),
    ).toMatchObject({ reason: 'INCIDENT.ACCOUNTABLE_NOT_OF_UNIT' });
    const answer = ok(
      await mutate<{ accountability: { person: string; userId: string }[] }>(
        api.url,
        handler.token,
        'recordAccountability',
        { incidentId: land, findings: [{ ...finding(demoUserId('zhouming')), person: '随便写的名字' }] },
        FINDINGS,
      ),
    ).recordAccountability;
    expect(answer.accountability).toEqual([
      { unitId: demoUnitId('center'), person: '周明', userId: demoUserId('zhouming'), finding: '跟踪不及时' },
    ]);
  });
});
