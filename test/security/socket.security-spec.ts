import { Client } from 'pg';
import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { ApiFixture, gql, login, LOGIN, Session, startApi } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { closeSockets, collect, openSocket, settle } from '../support/ws-client';

/**
 * The graphql-ws endpoint on /graphql, probed as an outside assessor would, on a production-mode server: it carries
 * subscriptions only, under everything HTTP applies, to signed-in sessions only, and it stops the moment the
 * caller's right to listen ends.
 */
let api: ApiFixture;
let owner: Client;
let centre: Session; // 周明, centre duty officer
let admin: Session; // 赵强, county administrator

const INBOX = `subscription { inboxChanged { kind refType refId title audience } }`;
const EVENTS = `subscription E($id: ID!) { incidentEvents(incidentId: $id) { type action } }`;

beforeAll(async () => {
  api = await startApi({ label: 'socketsec', production: true });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [centre, admin] = await Promise.all(['zhouming', 'zhaoqiang'].map((u) => login(api.url, u)));
});
afterAll(async () => {
  await closeSockets();
  await owner.end();
  await api.close();
});

const firstError = (errors: unknown[]) =>
  (errors[0] as { message: string; extensions: Record<string, unknown> }[] | undefined)?.[0];

const dispatchTo = async (incidentId: string, unit: string) =>
  ok(
    await mutate(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId(unit), role: 'LEAD', requirements: '核实并反馈' },
      'id',
    ),
  );

describe('what the socket carries', () => {
  it('refuses a query or a mutation with a coded error, and the mutation changes nothing', async () => {
    const socket = openSocket(api.url, centre.token);
    const query = collect(socket, `{ incidents(first: 5) { totalCount } }`);
    const before = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events`);
    const mutation = collect(
      socket,
      `mutation { reportIncident(input: { channel: MONITORING, platform: WEIBO, title: "经套接字登记",
        urls: ["https://weibo.example/p/9"], discoveredAt: "2026-12-01T08:00:00Z" }) { id } }`,
    );
    await query.until(() => query.errors.length > 0);
    await mutation.until(() => mutation.errors.length > 0);
    for (const c of [query, mutation]) {
      expect(c.items).toEqual([]);
      expect(firstError(c.errors)).toMatchObject({
        message: expect.stringContaining('WebSocket 只用于订阅'),
        extensions: { code: 'BAD_REQUEST', reason: 'SOCKET.SUBSCRIPTIONS_ONLY' },
      });
    }
    const after = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('applies the query limits, hides the schema and formats every error as HTTP does', async () => {
    const socket = openSocket(api.url, centre.token);
    const aliases = collect(
      socket,
      `subscription { inboxChanged { ${Array.from({ length: 20 }, (_, i) => `a${i}: kind`).join(' ')} } }`,
    );
    const tooLong = collect(
      socket,
      `subscription { inboxChanged { ${Array.from({ length: 2500 }, () => '__typename').join(' ')} } }`,
    );
    const typo = collect(socket, `subscription { inboxChangd { kind } }`);
    const introspection = collect(
      socket,
      `subscription { inboxChanged { kind } __schema { types { name } } }`,
    );
    const syntax = collect(socket, `subscription { inboxChanged { kind }`);
    // A literal nested 3,000 deep: refused while parsing, before any recursion that deep.
    const nested = collect(
      socket,
      `subscription { incidentEvents(incidentId: ${'['.repeat(3000)}1${']'.repeat(3000)}) { type } }`,
    );
    for (const c of [aliases, tooLong, typo, introspection, syntax, nested])
      await c.until(() => c.errors.length > 0);

    expect(firstError(aliases.errors)!.extensions.reason).toBe('QUERY_LIMIT.ALIASES');
    expect(firstError(tooLong.errors)!.extensions.reason).toBe('QUERY_LIMIT.TOKENS');
    expect(firstError(nested.errors)!.extensions.reason).toBe('QUERY_LIMIT.DEPTH');
    expect(firstError(syntax.errors)!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    // No "did you mean inboxChanged": the production schema is not told to whoever guesses at it.
    expect(JSON.stringify(typo.errors)).toContain('inboxChangd');
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
    expect(JSON.stringify(introspection.errors)).toMatch(/introspection/i);
    for (const c of [aliases, tooLong, typo, introspection, syntax, nested]) {
      const e = firstError(c.errors)!;
      expect(e.extensions.code).toEqual(expect.any(String));
      expect(e.extensions.messageEn).toEqual(expect.any(String));
      expect(JSON.stringify(e)).not.toMatch(/stack|at Object\.|\.ts:\d+/);
    }
  });

  it("records an auditor's subscription to an incident before it is served", async () => {
    const auditor = await login(api.url, 'qianjun');
    const id = await listedIncident(api.url, centre.token, {
      title: '涉密信访事项',
      confidential: true,
      discoveredAt: new Date(),
    });
    const reads = () =>
      owner.query<{ data: { fields: { field: string; args: Record<string, unknown> }[] } }>(
        `SELECT data FROM es_events WHERE event_type = 'AuditorRead' AND data->>'userId' = $1`,
        [auditor.userId],
      );
    const before = (await reads()).rows.length;
    const events = collect<{ incidentEvents: { type: string } }>(openSocket(api.url, auditor.token), EVENTS, {
      id,
    });
    await settle();
    await dispatchTo(id, 'donghu');
    await events.until(() => events.items.length > 0);
    expect(events.items[0].incidentEvents.type).toBe('TaskDispatched');
    const recorded = (await reads()).rows.slice(before);
    expect(recorded.map((r) => r.data.fields)).toEqual([
      [{ field: 'incidentEvents', args: { incidentId: id } }],
    ]);
  });
});

describe('who may open one', () => {
  it('gives an unauthenticated socket nothing — not even the schema — and closes it with 4401', async () => {
    for (const params of [{}, { authorization: 'Bearer not-a-token' }]) {
      const socket = openSocket(api.url, undefined, params);
      const tried = collect(socket, `subscription { inboxChanged { kind } }`);
      expect(await socket.closed()).toMatchObject({ code: 4401 });
      expect(tried.items).toEqual([]);
    }
  });

  it('refuses a session whose second factor is still to be enrolled (4403)', async () => {
    const otherAdmin = await login(api.url, 'zhaoqiang');
    ok(
      await gql(
        api.url,
        `mutation S($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`,
        { i: { requireTotpRoles: ['AUDITOR'] } },
        { token: otherAdmin.token },
      ),
    );
    try {
      const pending = await gql<{ login: { accessToken: string; requiresTotpEnrollment: boolean } }>(
        api.url,
        LOGIN,
        { input: { username: 'qianjun', password: DEMO_PASSWORD } },
      );
      expect(pending.data!.login.requiresTotpEnrollment).toBe(true);
      const socket = openSocket(api.url, pending.data!.login.accessToken);
      const tried = collect(socket, INBOX);
      expect(await socket.closed()).toMatchObject({ code: 4403 });
      expect(tried.items).toEqual([]);
    } finally {
      ok(
        await gql(
          api.url,
          `mutation S($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`,
          { i: { requireTotpRoles: [] } },
          { token: otherAdmin.token },
        ),
      );
    }
  });
});

describe('access checked at every event', () => {
  /** A township handler listening to her unit's inbox; the centre then sends her unit a task. */
  async function listening(username: string, unit: string) {
    const person = await login(api.url, username);
    const socket = openSocket(api.url, person.token);
    const inbox = collect<{ inboxChanged: { kind: string } }>(socket, INBOX);
    await settle();
    const warmUp = await listedIncident(api.url, centre.token, { title: '热身', discoveredAt: new Date() });
    await dispatchTo(warmUp, unit);
    await inbox.until(() => inbox.items.length > 0);
    expect(inbox.items).toHaveLength(1);
    return { person, socket, inbox };
  }

  async function nothingMoreArrives(
    l: Awaited<ReturnType<typeof listening>>,
    unit: string,
  ): Promise<{ code: number; reason: string } | undefined> {
    const next = await listedIncident(api.url, centre.token, {
      title: '之后的工单',
      discoveredAt: new Date(),
    });
    await dispatchTo(next, unit);
    const closed = await l.socket.closed();
    await settle();
    expect(l.inbox.items).toHaveLength(1);
    return closed;
  }

  it('refuses a session whose password an administrator set and is still to be changed (4403)', async () => {
    const user = ok(
      await mutate<{ id: string }>(
        api.url,
        admin.token,
        'registerUser',
        {
          unitId: demoUnitId('donghu'),
          username: 'socket.newcomer',
          displayName: '新同事',
          roles: ['HANDLER'],
          initialPassword: 'Rv5tq8WzKm',
        },
        'id',
      ),
    ).registerUser;
    expect(user.id).toBeTruthy();
    const first = await gql<{ login: { accessToken: string; requiresPasswordChange: boolean } }>(
      api.url,
      `mutation L($input: LoginInput!) { login(input: $input) { accessToken requiresPasswordChange } }`,
      { input: { username: 'socket.newcomer', password: 'Rv5tq8WzKm' } },
    );
    expect(first.data!.login.requiresPasswordChange).toBe(true);
    const socket = openSocket(api.url, first.data!.login.accessToken);
    const tried = collect(socket, INBOX);
    expect(await socket.closed()).toMatchObject({ code: 4403 });
    expect(tried.items).toEqual([]);
  });

  it('a user deactivated stops receiving and the socket closes with 4401', async () => {
    const l = await listening('gaoyang', 'xishan');
    ok(
      await mutate(
        api.url,
        admin.token,
        'deactivateUser',
        { userId: l.person.userId, reason: '调离' },
        'active',
      ),
    );
    expect(await nothingMoreArrives(l, 'xishan')).toMatchObject({ code: 4401 });
    ok(
      await gql(
        api.url,
        `mutation R($u: ID!) { reactivateUser(userId: $u) { active } }`,
        { u: l.person.userId },
        {
          token: admin.token,
        },
      ),
    );
  });

  it('a session signed out stops receiving (4401)', async () => {
    const l = await listening('fengtao', 'police');
    ok(
      await gql(api.url, `mutation L($t: String!) { logout(refreshToken: $t) }`, {
        t: l.person.refreshToken,
      }),
    );
    expect(await nothingMoreArrives(l, 'police')).toMatchObject({ code: 4401 });
  });

  it('a user whose roles changed stops receiving what the old roles gave (4403, reconnect)', async () => {
    const l = await listening('linfang', 'land-bureau');
    ok(
      await mutate(
        api.url,
        admin.token,
        'changeUserRoles',
        { userId: l.person.userId, roles: ['LEADER'] },
        'id',
      ),
    );
    expect(await nothingMoreArrives(l, 'land-bureau')).toMatchObject({ code: 4403 });
  });

  it('an idle socket is closed when its session ends, without waiting for an event', async () => {
    const quick = await startApi({ label: 'socketidle', production: true, socketRecheckMs: 200 });
    try {
      const person = await login(quick.url, 'liuyun');
      const socket = openSocket(quick.url, person.token);
      collect(socket, INBOX);
      await settle();
      ok(
        await gql(quick.url, `mutation L($t: String!) { logout(refreshToken: $t) }`, {
          t: person.refreshToken,
        }),
      );
      expect(await socket.closed()).toMatchObject({ code: 4401 });
    } finally {
      await quick.close();
    }
  });
});

describe("inboxChanged honours the arrival's audience", () => {
  it("a leaders-only notice reaches the unit's leader, not its other people", async () => {
    const [leader, spokesperson] = await Promise.all([login(api.url, 'hegang'), login(api.url, 'sunli')]);
    const forLeader = collect<{ inboxChanged: { kind: string; audience: string } }>(
      openSocket(api.url, leader.token),
      INBOX,
    );
    const forOthers = collect<{ inboxChanged: { kind: string } }>(
      openSocket(api.url, spokesperson.token),
      INBOX,
    );
    await settle();
    // 舆情日报 goes to the propaganda department's leaders (004 §三(二)).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    ok(await mutate(api.url, centre.token, 'issueDailyReport', { date: today, remarks: '今日平稳' }, 'id'));
    await forLeader.until(() => forLeader.items.length > 0);
    expect(forLeader.items[0].inboxChanged).toMatchObject({ kind: 'DAILY_REPORT', audience: 'LEADERS' });
    await settle();
    expect(forOthers.items).toEqual([]);
  });
});
