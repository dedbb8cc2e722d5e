import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';
import { establishOtherCounty } from '../support/other-county';

/**
 * Finding (等保 三员分立): an administrator could make anyone — himself included — administrator and auditor at
 * once, and grant himself any role; and no auditor could see who had been given the keys. Now: nobody holds ADMIN
 * with AUDITOR (VALIDATION_FAILED on input.roles, USER.SEPARATION_OF_DUTIES), nobody grants himself a privileged
 * role (USER.SELF_GRANT), and `privilegedRoleGrants` shows the county's auditors every grant and removal of ADMIN,
 * AUDITOR and LEADER: who, to whom, when, from which unit — and nobody else.
 */
let api: ApiFixture;
let admin: Session; // 赵强, county ADMIN
let auditor: Session; // 钱军, county AUDITOR
let leader: Session; // 郑华, centre leader
let hexiAuditor: Session; // auditor of another county
const donghu = demoUnitId('donghu');

const ROLES = `id roles`;
const GRANTS = `query G($first: Int, $after: String) {
  privilegedRoleGrants(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id userId username displayName unitId unitName granted revoked roles
      grantedById grantedByName grantedByUnitId grantedByUnitName at } }
  }
}`;

interface Grant {
  id: string;
  username: string;
  displayName: string;
  unitName: string;
  granted: string[];
  revoked: string[];
  roles: string[];
  grantedById: string;
  grantedByName: string;
  grantedByUnitName: string;
  at: string;
}
interface Grants {
  privilegedRoleGrants: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Grant }[];
  };
}

const grants = (token: string, variables: Record<string, unknown> = { first: 100 }) =>
  gql<Grants>(api.url, GRANTS, variables, { token });

const changeRoles = (token: string, userId: string, roles: string[]) =>
  mutate<{ id: string; roles: string[] }>(api.url, token, 'changeUserRoles', { userId, roles }, ROLES);

const register = (username: string, roles: string[]) =>
  mutate<{ id: string; roles: string[] }>(
    api.url,
    admin.token,
    'registerUser',
    { unitId: donghu, username, displayName: '测试人员', roles, initialPassword: 'Gv82kqPmxz41' },
    ROLES,
  );

const error = (res: GqlResponse<unknown>) => {
  expect(res.data ?? null).toBeNull();
  return res.errors?.[0]?.extensions as {
    code: string;
    reason?: string;
    fields?: { field: string; message: string; messageEn: string }[];
  };
};

async function rolesOf(username: string): Promise<string[]> {
  const users = ok(
    await gql<{ users: { username: string; roles: string[] }[] }>(
      api.url,
      `{ users { username roles } }`,
      {},
      { token: admin.token },
    ),
  ).users;
  return users.find((u) => u.username === username)?.roles ?? [];
}

beforeAll(async () => {
  api = await startApi({ label: 'sec-duties', production: true });
  await establishOtherCounty(api, {
    username: 'hexi.auditor',
    displayName: '河西审计员',
    role: Role.AUDITOR,
  });
  [admin, auditor, leader, hexiAuditor] = await Promise.all(
    ['zhaoqiang', 'qianjun', 'zhenghua', 'hexi.auditor'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await api?.close();
});

describe('nobody is administrator and auditor at once', () => {
  it('registerUser refuses ADMIN with AUDITOR on input.roles, in Chinese first, with a coded reason', async () => {
    const e = error(await register('both.roles', ['ADMIN', 'AUDITOR']));
    expect(e).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'USER.SEPARATION_OF_DUTIES' });
    expect(e.fields).toEqual([
      {
        field: 'input.roles',
        message: expect.stringMatching(/^同一人不能同时担任系统管理员和审计\/纪检（三员分立）/),
        messageEn: expect.stringMatching(/separation of duties/),
      },
    ]);
    expect(await rolesOf('both.roles')).toEqual([]);
  });

  it('changeUserRoles refuses to add the other to either, for anyone, the administrator himself included', async () => {
    const users = ok(
      await gql<{ users: { id: string; username: string }[] }>(
        api.url,
        `{ users { id username } }`,
        {},
        { token: admin.token },
      ),
    ).users;
    const id = (u: string) => users.find((x) => x.username === u)!.id;
    for (const [who, roles] of [
      ['qianjun', ['AUDITOR', 'ADMIN']],
      ['zhaoqiang', ['ADMIN', 'AUDITOR']],
      ['lina', ['HANDLER', 'ADMIN', 'AUDITOR']],
    ] as const) {
      const e = error(await changeRoles(admin.token, id(who), [...roles]));
      expect([who, e.code, e.reason, e.fields?.map((f) => f.field)]).toEqual([
        who,
        'VALIDATION_FAILED',
        'USER.SEPARATION_OF_DUTIES',
        ['input.roles'],
      ]);
    }
    expect(await rolesOf('qianjun')).toEqual(['AUDITOR']);
    expect(await rolesOf('zhaoqiang')).toEqual(['ADMIN']);
    expect(await rolesOf('lina')).toEqual(['HANDLER']);
  });

  it('an administrator cannot grant himself a privileged role', async () => {
    const e = error(await changeRoles(admin.token, admin.userId, ['ADMIN', 'LEADER']));
    expect(e).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'USER.SELF_GRANT' });
    expect(e.fields).toEqual([
      {
        field: 'input.roles',
        message: '不能给自己授予分管/主要领导角色：特权角色须由另一位管理员授予',
        messageEn: expect.stringMatching(/cannot grant yourself/),
      },
    ]);
    expect(await rolesOf('zhaoqiang')).toEqual(['ADMIN']);
  });
});

describe('privileged role grants, for the county’s auditors', () => {
  it('lists who granted or removed which privileged role, to whom, when and from which unit', async () => {
    const before = ok(await grants(auditor.token)).privilegedRoleGrants;
    // The demo county's own: its administrator, auditor and leaders, granted by the platform at seeding.
    expect(before.edges.map((e) => [e.node.username, e.node.granted, e.node.grantedByName])).toEqual(
      expect.arrayContaining([
        ['zhaoqiang', ['ADMIN'], '系统'],
        ['qianjun', ['AUDITOR'], '系统'],
        ['zhenghua', ['LEADER'], '系统'],
      ]),
    );
    const lina = await login(api.url, 'lina');
    ok(await changeRoles(admin.token, lina.userId, ['HANDLER', 'LEADER']));
    ok(await changeRoles(admin.token, lina.userId, ['HANDLER', 'LEADER', 'DUTY_OFFICER'])); // not privileged
    ok(await changeRoles(admin.token, lina.userId, ['HANDLER']));
    ok(await register('new.auditor', ['AUDITOR']));
    ok(await register('new.handler', ['HANDLER'])); // not privileged

    const after = ok(await grants(auditor.token)).privilegedRoleGrants;
    expect(after.totalCount).toBe(before.totalCount + 3);
    const centre = '清水县委网信办（县网络舆情应急监控中心）';
    expect(
      after.edges
        .slice(0, 3)
        .map(({ node: g }) => [
          g.username,
          g.displayName,
          g.unitName,
          g.granted,
          g.revoked,
          g.roles,
          g.grantedById,
          g.grantedByName,
          g.grantedByUnitName,
        ]),
    ).toEqual([
      ['new.auditor', '测试人员', '东湖镇', ['AUDITOR'], [], ['AUDITOR'], admin.userId, '赵强', centre],
      ['lina', '李娜', '东湖镇', [], ['LEADER'], ['HANDLER'], admin.userId, '赵强', centre],
      ['lina', '李娜', '东湖镇', ['LEADER'], [], ['HANDLER', 'LEADER'], admin.userId, '赵强', centre],
    ]);
    for (const { node } of after.edges.slice(0, 3)) expect(Date.parse(node.at)).not.toBeNaN();
  });

  it('pages newest first with opaque cursors; a forged cursor is a validation error', async () => {
    const all = ok(await grants(auditor.token)).privilegedRoleGrants.edges.map((e) => e.node.id);
    const first = ok(await grants(auditor.token, { first: 2 })).privilegedRoleGrants;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await grants(auditor.token, { first: 2, after: first.pageInfo.endCursor }),
    ).privilegedRoleGrants;
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(all.slice(0, 4));
    for (const after of ['not-a-cursor', Buffer.from(JSON.stringify(["1' OR 1=1"])).toString('base64url')])
      expect(error(await grants(auditor.token, { first: 2, after }))).toMatchObject({
        code: 'VALIDATION_FAILED',
        reason: 'INPUT.CURSOR',
      });
  });

  it('is for auditors only: the administrator and a leader are FORBIDDEN, another county sees none of it', async () => {
    expect(error(await grants(admin.token)).code).toBe('FORBIDDEN');
    expect(error(await grants(leader.token)).code).toBe('FORBIDDEN');
    const lina = await login(api.url, 'lina');
    expect(error(await grants(lina.token)).code).toBe('FORBIDDEN');
    const hexi = ok(await grants(hexiAuditor.token)).privilegedRoleGrants;
    expect(hexi.edges.map((e) => [e.node.username, e.node.granted])).toEqual([['hexi.auditor', ['AUDITOR']]]);
    expect(hexi.totalCount).toBe(1);
  });

  it('is a read model rebuilt from the log with the same content', async () => {
    const live = ok(await grants(auditor.token)).privilegedRoleGrants;
    await api.server.app.get(ProjectionRunner).rebuild('privileged-role-grants');
    expect(ok(await grants(auditor.token)).privilegedRoleGrants).toEqual(live);
  });
});
