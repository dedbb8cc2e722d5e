import { existsSync, readdirSync } from 'node:fs';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@app/demo';
import { totpCode } from '@app/identity';
import { ApiFixture, gql, login, LOGIN, startApi } from '../support/api-fixture';
import { ok } from '../support/loop-steps';
import { everyField } from '../support/schema-fields';

/**
 * The second factor, enforced by default: a session whose enrolment is pending may enrol, confirm and sign out —
 * nothing else, whatever it asks; binding a new factor over an old one takes both factors; an administrator's reset
 * is recorded and ends the person's sessions.
 */
let api: ApiFixture;
let owner: Client;
let admin: string;

const SET_POLICY = `mutation S($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`;
const ENROLL = `mutation E($i: EnrollTotpInput) { enrollTotp(input: $i) { secret } }`;
const CONFIRM = `mutation C($c: String!) { confirmTotp(code: $c) { accessToken refreshToken } }`;

beforeAll(async () => {
  api = await startApi({ label: 'totpsec', production: true });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  admin = (await login(api.url, 'zhaoqiang')).token;
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

async function pendingSession(username: string): Promise<string> {
  const res = await gql<{ login: { accessToken: string; requiresTotpEnrollment: boolean } }>(api.url, LOGIN, {
    input: { username, password: DEMO_PASSWORD },
  });
  expect(res.data!.login.requiresTotpEnrollment).toBe(true);
  return res.data!.login.accessToken;
}

describe('a session whose second factor is still to be enrolled', () => {
  beforeAll(async () => {
    ok(await gql(api.url, SET_POLICY, { i: { requireTotpRoles: ['LEADER'] } }, { token: admin }));
  });
  afterAll(async () => {
    ok(await gql(api.url, SET_POLICY, { i: { requireTotpRoles: [] } }, { token: admin }));
  });

  it('is refused by every query of the schema, and by every mutation but enrolling, confirming and signing out', async () => {
    const token = await pendingSession('zhenghua');
    const open = new Set(['login', 'refresh', 'logout', 'enrollTotp', 'confirmTotp']);
    const answered: string[] = [];
    for (const op of [...everyField('query'), ...everyField('mutation')].filter((o) => !open.has(o.name))) {
      const res = await gql(api.url, op.query, op.variables, { token });
      expect({ field: op.name, errors: res.errors?.length ?? 0 }).toEqual({ field: op.name, errors: 1 });
      const ext = res.errors![0].extensions;
      if (ext.reason !== 'AUTH.TOTP_ENROLLMENT_REQUIRED') answered.push(`${op.name}: ${JSON.stringify(ext)}`);
      expect(res.data ?? null).toBeNull();
    }
    expect(answered).toEqual([]);
  });

  it('is refused at every /files route, and an upload it sends is not kept', async () => {
    const token = await pendingSession('zhenghua');
    const uploads = async () =>
      Number((await owner.query<{ n: string }>(`SELECT count(*) AS n FROM evidence_upload`)).rows[0].n);
    const before = await uploads();
    const somewhere = '6f1c1d7e-2b9a-4c55-9d0e-1f2a3b4c5d6e';
    const auth = { authorization: `Bearer ${token}` };
    const routes: { method: string; path: string; headers?: Record<string, string>; body?: Buffer }[] = [
      { method: 'POST', path: '/files/uploads?name=a.jpg', body: Buffer.alloc(2048, 7) },
      { method: 'POST', path: '/files/tus', headers: { 'tus-resumable': '1.0.0', 'upload-length': '1000' } },
      { method: 'POST', path: '/files/audit-bundles/verification', body: Buffer.from('{}') },
      { method: 'GET', path: `/files/documents/${somewhere}/docx` },
      { method: 'GET', path: `/files/ledgers/four-forms/${somewhere}` },
      { method: 'GET', path: `/files/ledgers/letters/${somewhere}` },
      { method: 'GET', path: '/files/ledgers/incidents' },
      { method: 'GET', path: '/files/assessment/statistics.xlsx?kind=YEAR&year=2026' },
    ];
    const answers: Record<string, unknown> = {};
    for (const r of routes) {
      const res = await fetch(new URL(r.path, api.url), {
        method: r.method,
        headers: { ...auth, ...r.headers },
        body: r.body,
      });
      const body = (await res.json().catch(() => ({}))) as { reason?: string };
      answers[`${r.method} ${r.path}`] = { status: res.status, reason: body.reason };
    }
    // Each answers as to someone not signed in, with a reason the console acts on (sign in again).
    expect(answers).toEqual(
      Object.fromEntries(
        routes.map((r) => [
          `${r.method} ${r.path}`,
          {
            status: 401,
            reason:
              r.path.startsWith('/files/uploads') || r.path.startsWith('/files/tus')
                ? 'EVIDENCE.SIGN_IN_REQUIRED'
                : 'AUTH.UNAUTHENTICATED',
          },
        ]),
      ),
    );
    expect(await uploads()).toBe(before);
    const staging = api.evidence.stagingDir;
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
  });

  it('may enrol and confirm, and then holds a full session', async () => {
    const token = await pendingSession('hegang');
    const { secret } = ok(
      await gql<{ enrollTotp: { secret: string } }>(api.url, ENROLL, {}, { token }),
    ).enrollTotp;
    const full = ok(
      await gql<{ confirmTotp: { accessToken: string } }>(
        api.url,
        CONFIRM,
        { c: await totpCode(secret, new Date()) },
        { token },
      ),
    ).confirmTotp;
    expect((await gql(api.url, `{ me { id } }`, {}, { token: full.accessToken })).errors).toBeUndefined();
    // The pending session ended with the enrolment.
    expect((await gql(api.url, ENROLL, {}, { token })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('binding a second factor again', () => {
  /** Someone binds one from a full session (nothing was bound yet: the password session is proof enough). */
  async function bound(username: string): Promise<{ token: string; secret: string }> {
    const first = await login(api.url, username);
    const { secret } = ok(
      await gql<{ enrollTotp: { secret: string } }>(api.url, ENROLL, {}, { token: first.token }),
    ).enrollTotp;
    const s = ok(
      await gql<{ confirmTotp: { accessToken: string } }>(
        api.url,
        CONFIRM,
        { c: await totpCode(secret, new Date()) },
        { token: first.token },
      ),
    ).confirmTotp;
    return { token: s.accessToken, secret };
  }

  it('needs the password and a current code: a session alone cannot move the factor to another phone', async () => {
    const { token, secret } = await bound('wujing');
    const stored = async () =>
      (
        await owner.query<{ s: string; p: string | null }>(
          `SELECT totp_secret AS s, totp_pending_secret AS p FROM user_credentials WHERE username = 'wujing'`,
        )
      ).rows[0];
    const bare = await gql(api.url, ENROLL, {}, { token });
    expect(bare.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bare.errors![0].message).toContain('登录密码和当前动态口令');
    const wrongPassword = await gql(
      api.url,
      ENROLL,
      { i: { currentPassword: 'not-her-password', currentCode: await totpCode(secret, new Date()) } },
      { token },
    );
    expect(wrongPassword.errors![0].extensions.code).toBe('VALIDATION_FAILED');
    const wrongCode = await gql(
      api.url,
      ENROLL,
      { i: { currentPassword: DEMO_PASSWORD, currentCode: '000000' } },
      { token },
    );
    expect(wrongCode.errors![0].extensions.code).toBe('VALIDATION_FAILED');
    expect(await stored()).toEqual({ s: secret, p: null });

    // With both, a new secret is pending until a code of the new one confirms it.
    const next = ok(
      await gql<{ enrollTotp: { secret: string } }>(
        api.url,
        ENROLL,
        {
          i: {
            currentPassword: DEMO_PASSWORD,
            currentCode: await totpCode(secret, new Date(Date.now() + 30_000)),
          },
        },
        { token },
      ),
    ).enrollTotp;
    expect(await stored()).toEqual({ s: secret, p: next.secret });
  });

  it("an administrator's reset is recorded, ends the person's sessions, and the next sign-in needs no code", async () => {
    const { token } = await bound('fengtao');
    const fengtao = (
      await owner.query<{ id: string }>(
        `SELECT user_id AS id FROM user_credentials WHERE username = 'fengtao'`,
      )
    ).rows[0].id;
    const RESET = `mutation R($i: ResetUserTotpInput!) { resetUserTotp(input: $i) { totpEnabled } }`;
    // Not one's own: that would skip the proof above.
    const self = await gql(
      api.url,
      RESET,
      { i: { userId: (await login(api.url, 'zhaoqiang')).userId, reason: '换手机' } },
      {
        token: admin,
      },
    );
    expect(self.errors![0].extensions.code).toBe('INVALID_TRANSITION');
    // Not by anyone but the county's administrator.
    const byLeader = await gql(
      api.url,
      RESET,
      { i: { userId: fengtao, reason: '手机丢失' } },
      {
        token: (await login(api.url, 'wangbo')).token,
      },
    );
    expect(byLeader.errors![0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const done = await gql<{ resetUserTotp: { totpEnabled: boolean } }>(
      api.url,
      RESET,
      { i: { userId: fengtao, reason: '手机丢失' } },
      { token: admin },
    );
    expect(ok(done).resetUserTotp.totpEnabled).toBe(false);
    expect((await gql(api.url, `{ me { id } }`, {}, { token })).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const event = await owner.query<{ data: Record<string, unknown>; actor: string }>(
      `SELECT data, metadata->>'actorUser' AS actor FROM es_events WHERE event_type = 'TotpReset' ORDER BY global_position DESC LIMIT 1`,
    );
    expect(event.rows[0].data).toEqual({ userId: fengtao, resetBy: expect.any(String), reason: '手机丢失' });
    await login(api.url, 'fengtao');
  });
});
