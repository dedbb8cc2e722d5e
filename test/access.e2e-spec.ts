import { Client } from 'pg';
import { Role } from '@app/access';
import { DemoSeeder, demoUnitId } from '@app/demo';
import { establishOtherCounty } from './support/other-county';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';

const REGISTER_UNIT = `mutation R($i: RegisterUnitInput!) { registerUnit(input: $i) { id kind name parentId countyId parent { name } } }`;
const REGISTER_USER = `mutation R($i: RegisterUserInput!) { registerUser(input: $i) { id username roles active } }`;
const CHANGE_ROLES = `mutation C($i: ChangeUserRolesInput!) { changeUserRoles(input: $i) { id roles } }`;
const UNITS = `{ units { id name kind } }`;
const USERS = `{ users { id username unitId } }`;
const COUNTY = `{ county { name requireTotpRoles linkage { propaganda { name } cyberspace { name } police { name } stateSecurity { name } } } }`;
const REPORT = `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`;
const ASSESS = `mutation A($i: AssessIncidentInput!) { assessIncident(input: $i) { id grade } }`;
const INCIDENT = `query I($id: ID!) { incident(id: $id) { id title } }`;
const INCIDENTS = `{ incidents(first: 100) { totalCount edges { node { id } } } }`;

let api: ApiFixture;
let owner: Client;
let admin: Session;
let handler: Session;
let township: Session;
let auditor: Session;
let city: Session;
let otherCounty: Session;

const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

beforeAll(async () => {
  api = await startApi({ label: 'access' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  // A second county on the same platform, with its own centre and a duty officer.
  await establishOtherCounty(api, {
    username: 'hexi.duty',
    displayName: '河西值班员',
    role: Role.DUTY_OFFICER,
  });
  [admin, handler, township, auditor, city, otherCounty] = await Promise.all(
    ['zhaoqiang', 'wujing', 'lina', 'qianjun', 'xuming', 'hexi.duty'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

describe('the county administrator manages units, people and the linkage set', () => {
  it('registers a township and a user in it; both are visible in the county', async () => {
    const unit = await gql<{ registerUnit: { id: string; countyId: string; parent: { name: string } } }>(
      api.url,
      REGISTER_UNIT,
      { i: { kind: 'TOWNSHIP', name: '青石镇', parentId: demoUnitId('center') } },
      { token: admin.token },
    );
    expect(unit.errors).toBeUndefined();
    expect(unit.data!.registerUnit).toMatchObject({
      countyId: 'qingshui',
      parent: { name: '清水县委网信办（县网络舆情应急监控中心）' },
    });
    const user = await gql<{ registerUser: { id: string; roles: string[] } }>(
      api.url,
      REGISTER_USER,
      {
        i: {
          unitId: unit.data!.registerUnit.id,
          username: 'qingshi.clerk',
          displayName: '青石镇文书',
          roles: ['HANDLER'],
          initialPassword: 'Qingshi2026pw',
        },
      },
      { token: admin.token },
    );
    expect(user.data!.registerUser.roles).toEqual(['HANDLER']);
    await login(api.url, 'qingshi.clerk', 'Qingshi2026pw');
    const units = await gql<{ units: { name: string }[] }>(api.url, UNITS, {}, { token: handler.token });
    expect(units.data!.units.map((u) => u.name)).toContain('青石镇');
  });

  it('grants roles as events, so an auditor can see who granted what and when', async () => {
    const user = (
      await gql<{ users: { id: string; username: string }[] }>(api.url, USERS, {}, { token: admin.token })
    ).data!.users.find((u) => u.username === 'gaoyang')!;
    const res = await gql(
      api.url,
      CHANGE_ROLES,
      { i: { userId: user.id, roles: ['HANDLER', 'LEADER'] } },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
    const { rows } = await owner.query<{
      data: { roles: string[]; previousRoles: string[] };
      metadata: { actorUser: string; command: string };
    }>(`SELECT data, metadata FROM es_events WHERE stream_id = $1 AND event_type = 'UserRolesChanged'`, [
      `user-${user.id}`,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ roles: ['HANDLER', 'LEADER'], previousRoles: ['HANDLER'] });
    expect(rows[0].metadata).toMatchObject({ actorUser: admin.userId, command: 'ChangeUserRoles' });
  });

  it('names the linkage set; a unit of the wrong kind is refused with the seat named', async () => {
    const county = await gql<{ county: { linkage: Record<string, { name: string }> } }>(
      api.url,
      COUNTY,
      {},
      { token: township.token },
    );
    expect(county.data!.county.linkage).toEqual({
      propaganda: { name: '清水县委宣传部' },
      cyberspace: { name: '清水县网信执法大队' },
      police: { name: '清水县公安局（网警大队）' },
      stateSecurity: { name: '清水县国家安全局' },
    });
    const wrong = await gql(
      api.url,
      `mutation A($i: AssignLinkageRolesInput!) { assignLinkageRoles(input: $i) { name } }`,
      {
        i: {
          propagandaUnitId: demoUnitId('donghu'),
          cyberspaceUnitId: demoUnitId('cyberspace'),
          policeUnitId: demoUnitId('police'),
          stateSecurityUnitId: demoUnitId('state-security'),
        },
      },
      { token: admin.token },
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        expect.objectContaining({
          field: 'input.propagandaUnitId',
          message: '宣传部须为本县的「县委宣传部」类单位', // the kind by its Chinese name, not PROPAGANDA_DEPT
        }),
      ],
    });
  });

  it('refuses a unit in the wrong place and a username already taken, naming the field', async () => {
    const village = await gql(
      api.url,
      REGISTER_UNIT,
      { i: { kind: 'VILLAGE', name: '错挂村', parentId: demoUnitId('land-bureau') } },
      { token: admin.token },
    );
    expect(village.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        expect.objectContaining({ field: 'input.parentId', message: '「村/社区」的上级须为乡镇/街道' }),
      ],
    });
    const taken = await gql(
      api.url,
      REGISTER_USER,
      {
        i: {
          unitId: demoUnitId('donghu'),
          username: 'lina',
          displayName: '重名',
          roles: ['HANDLER'],
          initialPassword: 'Another2026pw',
        },
      },
      { token: admin.token },
    );
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'input.username' })],
    });
  });
});

describe('everyone else', () => {
  const attempts = () => [
    {
      name: 'registerUnit',
      q: REGISTER_UNIT,
      v: { i: { kind: 'TOWNSHIP', name: '越权镇', parentId: demoUnitId('center') } },
    },
    {
      name: 'registerUser',
      q: REGISTER_USER,
      v: {
        i: {
          unitId: demoUnitId('donghu'),
          username: 'sneaky',
          displayName: 'x',
          roles: ['ADMIN'],
          initialPassword: 'Sneaky2026pw',
        },
      },
    },
    {
      name: 'setSecurityPolicy',
      q: `mutation { setSecurityPolicy(input: { requireTotpRoles: [] }) { name } }`,
      v: {},
    },
  ];

  it('a county-centre handler and a township clerk may not administer (FORBIDDEN)', async () => {
    for (const s of [handler, township]) {
      for (const a of attempts())
        expect({
          who: s.userId,
          op: a.name,
          code: code(await gql(api.url, a.q, a.v, { token: s.token })),
        }).toEqual({ who: s.userId, op: a.name, code: 'FORBIDDEN' });
    }
  });

  it('an auditor reads everything in the county and changes nothing', async () => {
    for (const a of attempts())
      expect(code(await gql(api.url, a.q, a.v, { token: auditor.token }))).toBe('FORBIDDEN');
    const report = await gql(
      api.url,
      REPORT,
      {
        i: {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: '审计员不能登记',
          discoveredAt: new Date().toISOString(),
        },
      },
      { token: auditor.token },
    );
    expect(code(report)).toBe('FORBIDDEN');
    const incident = await gql<{ reportIncident: { id: string } }>(
      api.url,
      REPORT,
      {
        i: {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: '东湖镇网帖',
          discoveredAt: new Date().toISOString(),
        },
      },
      { token: township.token },
    );
    const id = incident.data!.reportIncident.id;
    expect((await gql(api.url, INCIDENT, { id }, { token: auditor.token })).errors).toBeUndefined();
    const assess = await gql(
      api.url,
      ASSESS,
      {
        i: {
          incidentId: id,
          nature: 'INQUIRY_APPEAL',
          veracity: 'TRUE',
          field: 'OTHER',
          grade: 'IV',
          reasoning: 'x',
        },
      },
      { token: auditor.token },
    );
    expect(code(assess)).toBe('FORBIDDEN');
    expect(
      (await gql<{ users: unknown[] }>(api.url, USERS, {}, { token: auditor.token })).data!.users.length,
    ).toBeGreaterThan(10);
  });

  it('a township sees its own incident and the county centre sees it; another township does not know it exists', async () => {
    const incident = await gql<{ reportIncident: { id: string } }>(
      api.url,
      REPORT,
      {
        i: {
          channel: 'UNIT_REPORT',
          platform: 'DOUYIN',
          title: '东湖镇上报',
          discoveredAt: new Date().toISOString(),
        },
      },
      { token: township.token },
    );
    const id = incident.data!.reportIncident.id;
    expect((await gql(api.url, INCIDENT, { id }, { token: handler.token })).errors).toBeUndefined();
    const xishan = await login(api.url, 'gaoyang');
    expect(code(await gql(api.url, INCIDENT, { id }, { token: xishan.token }))).toBe('NOT_FOUND');
    // The township may see it but grading (研判) is the county centre's.
    const assess = await gql(
      api.url,
      ASSESS,
      {
        i: {
          incidentId: id,
          nature: 'INQUIRY_APPEAL',
          veracity: 'TRUE',
          field: 'OTHER',
          grade: 'IV',
          reasoning: 'x',
        },
      },
      { token: township.token },
    );
    expect(code(assess)).toBe('FORBIDDEN');
    expect(
      (
        await gql(
          api.url,
          ASSESS,
          {
            i: {
              incidentId: id,
              nature: 'INQUIRY_APPEAL',
              veracity: 'TRUE',
              field: 'OTHER',
              grade: 'IV',
              reasoning: '一般诉求',
            },
          },
          { token: handler.token },
        )
      ).errors,
    ).toBeUndefined();
  });

  it('another county learns nothing of this one', async () => {
    const units = await gql<{ units: { name: string }[] }>(api.url, UNITS, {}, { token: otherCounty.token });
    expect(units.data!.units.map((u) => u.name)).toEqual(['河西县委网信办']);
    expect(
      (
        await gql<{ users: { username: string }[] }>(api.url, USERS, {}, { token: otherCounty.token })
      ).data!.users.map((u) => u.username),
    ).toEqual(['hexi.duty']);
    expect(
      (await gql<{ incidents: { totalCount: number } }>(api.url, INCIDENTS, {}, { token: otherCounty.token }))
        .data!.incidents.totalCount,
    ).toBe(0);
    const theirs = await gql<{ incidents: { edges: { node: { id: string } }[] } }>(
      api.url,
      INCIDENTS,
      {},
      { token: handler.token },
    );
    const anyId = theirs.data!.incidents.edges[0].node.id;
    expect(code(await gql(api.url, INCIDENT, { id: anyId }, { token: otherCounty.token }))).toBe('NOT_FOUND');
    expect(
      code(
        await gql(
          api.url,
          `query U($id: ID!) { unit(id: $id) { name } }`,
          { id: demoUnitId('donghu') },
          { token: otherCounty.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('the city office is outside the county: NOT_FOUND for county administration', async () => {
    expect(code(await gql(api.url, REGISTER_UNIT, attempts()[0].v, { token: city.token }))).toBe('NOT_FOUND');
  });
});

describe('seeding', () => {
  it('seeding the demo county again changes nothing', async () => {
    const before = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`);
    const report = await api.server.app.get(DemoSeeder).seed();
    expect(report.created).toEqual({ counties: 0, units: 0, users: 0 });
    const after = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
