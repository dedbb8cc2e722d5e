import { Client } from 'pg';
import { DEMO_PASSWORD } from '@app/demo';
import { DEFAULT_AUTH_OPTIONS, totpCode } from '@app/identity';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, LOGIN, startApi } from './support/api-fixture';

const ME = `{ me { id username displayName roles mustEnrollTotp unit { kind name } } }`;
const UNITS = `{ units { id name } }`;
const REFRESH = `mutation R($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation L($t: String!) { logout(refreshToken: $t) }`;

const clock = new ManualClock(new Date());
let api: ApiFixture;
let owner: Client;

beforeAll(async () => {
  api = await startApi({
    label: 'auth',
    clock,
    auth: {
      throttle: {
        ...DEFAULT_AUTH_OPTIONS.throttle,
        pair: { free: 3, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000 },
      },
    },
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const code = (res: { errors?: { extensions: { code: string; reason?: unknown } }[] }) =>
  res.errors?.[0]?.extensions;

async function adminToken(): Promise<string> {
  return (await login(api.url, 'zhaoqiang')).token;
}

describe('signing in', () => {
  it('login gives an access and a refresh token; me answers who I am', async () => {
    const res = await gql<{
      login: { accessToken: string; me: { username: string; roles: string[]; unit: { kind: string } } };
    }>(api.url, LOGIN, {
      input: { username: 'lina', password: DEMO_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.me).toMatchObject({
      username: 'lina',
      roles: ['HANDLER'],
      unit: { kind: 'TOWNSHIP' },
    });
    const me = await gql<{ me: { displayName: string; unit: { name: string } } }>(
      api.url,
      ME,
      {},
      { token: res.data!.login.accessToken },
    );
    expect(me.data!.me).toMatchObject({ displayName: '李娜', unit: { name: '东湖镇' } });
  });

  it('refuses a wrong password or an unknown user with the same message, and records both', async () => {
    const wrong = await gql(api.url, LOGIN, {
      input: { username: 'wujing', password: 'not-the-password-1' },
    });
    const unknown = await gql(api.url, LOGIN, {
      input: { username: 'nobody', password: 'not-the-password-1' },
    });
    expect(code(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    const { rows } = await owner.query<{ username: string; success: boolean; reason: string }>(
      `SELECT username, success, reason FROM login_attempts WHERE username IN ('wujing', 'nobody') ORDER BY id`,
    );
    expect(rows).toEqual([
      { username: 'wujing', success: false, reason: 'BAD_PASSWORD' },
      { username: 'nobody', success: false, reason: 'UNKNOWN_USER' },
    ]);
    // A successful sign-in is recorded too.
    await login(api.url, 'wujing');
    const ok = await owner.query(`SELECT 1 FROM login_attempts WHERE username = 'wujing' AND success`);
    expect(ok.rowCount).toBe(1);
  });

  it('every operation but signing in needs a valid token; the development header is gone', async () => {
    expect(code(await gql(api.url, UNITS))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(code(await gql(api.url, UNITS, {}, { token: 'garbage' }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_INVALID',
    });
    const devHeader = await gql(
      api.url,
      UNITS,
      {},
      { headers: { 'x-dev-unit': 'anything', 'x-dev-user': 'anyone' } },
    );
    expect(code(devHeader)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('an access token lasts 15 minutes', async () => {
    const s = await login(api.url, 'gaoyang');
    clock.advance(14 * 60_000);
    expect((await gql(api.url, ME, {}, { token: s.token })).errors).toBeUndefined();
    clock.advance(2 * 60_000);
    expect(code(await gql(api.url, ME, {}, { token: s.token }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The refresh token still works and gives a new access token.
    const refreshed = await gql<{ refresh: { accessToken: string } }>(api.url, REFRESH, {
      t: s.refreshToken,
    });
    expect(
      (await gql(api.url, ME, {}, { token: refreshed.data!.refresh.accessToken })).errors,
    ).toBeUndefined();
  });

  it('refresh tokens are single-use; replaying one ends every session of the user', async () => {
    const s = await login(api.url, 'liuyun');
    const first = await gql<{ refresh: { refreshToken: string } }>(api.url, REFRESH, { t: s.refreshToken });
    expect(first.errors).toBeUndefined();
    const replay = await gql(api.url, REFRESH, { t: s.refreshToken });
    expect(code(replay)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.REFRESH_INVALID' });
    // The stolen-token alarm also revoked the legitimate successor.
    expect(code(await gql(api.url, REFRESH, { t: first.data!.refresh.refreshToken }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('logout revokes the refresh token', async () => {
    const s = await login(api.url, 'fengtao');
    expect((await gql<{ logout: boolean }>(api.url, LOGOUT, { t: s.refreshToken })).data!.logout).toBe(true);
    expect(code(await gql(api.url, REFRESH, { t: s.refreshToken }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('ending sessions', () => {
  it('deactivating a user ends their sessions at once; they cannot sign in; reactivation restores access', async () => {
    const victim = await login(api.url, 'linfang');
    const admin = await adminToken();
    const deact = await gql(
      api.url,
      `mutation D($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }`,
      {
        i: { userId: victim.userId, reason: '调离岗位' },
      },
      { token: admin },
    );
    expect(deact.errors).toBeUndefined();
    expect(code(await gql(api.url, ME, {}, { token: victim.token }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(code(await gql(api.url, REFRESH, { t: victim.refreshToken }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const again = await gql(api.url, LOGIN, { input: { username: 'linfang', password: DEMO_PASSWORD } });
    // Like a wrong password: the answer tells nobody that the account exists or was stood down.
    expect(code(again)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    await gql(
      api.url,
      `mutation R($u: ID!) { reactivateUser(userId: $u) { active } }`,
      { u: victim.userId },
      { token: admin },
    );
    await login(api.url, 'linfang');
  });

  it("changing one's password ends other sessions; the old password stops working", async () => {
    const a = await login(api.url, 'wangbo');
    const b = await login(api.url, 'wangbo');
    const change = await gql<{ changePassword: { accessToken: string } }>(
      api.url,
      `mutation C($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`,
      { i: { currentPassword: DEMO_PASSWORD, newPassword: 'NewSecret2026x' } },
      { token: a.token },
    );
    expect(change.errors).toBeUndefined();
    expect(code(await gql(api.url, ME, {}, { token: b.token }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await gql(api.url, ME, {}, { token: change.data!.changePassword.accessToken })).errors,
    ).toBeUndefined();
    expect(
      code(await gql(api.url, LOGIN, { input: { username: 'wangbo', password: DEMO_PASSWORD } })),
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
    await login(api.url, 'wangbo', 'NewSecret2026x');
    const weak = await gql(
      api.url,
      `mutation C($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`,
      {
        i: { currentPassword: 'NewSecret2026x', newPassword: 'short' },
      },
      { token: (await login(api.url, 'wangbo', 'NewSecret2026x')).token },
    );
    expect(code(weak)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it("an administrator's password reset ends the user's sessions", async () => {
    const s = await login(api.url, 'xuming');
    const reset = await gql(
      api.url,
      `mutation R($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { id } }`,
      {
        i: { userId: s.userId, newPassword: 'Reset2026abcd' },
      },
      { token: await adminToken() },
    );
    // The city office is not of the county: the county's administrator may not touch it.
    expect(code(reset)).toMatchObject({ code: 'NOT_FOUND' });
    const township = await login(api.url, 'gaoyang');
    const ok = await gql(
      api.url,
      `mutation R($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { id } }`,
      {
        i: { userId: township.userId, newPassword: 'Reset2026abcd' },
      },
      { token: await adminToken() },
    );
    expect(ok.errors).toBeUndefined();
    expect(code(await gql(api.url, ME, {}, { token: township.token }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await login(api.url, 'gaoyang', 'Reset2026abcd');
  });
});

describe('repeated failures', () => {
  it('after a few failures the next attempt waits, even with the right password; then it goes through', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        code(await gql(api.url, LOGIN, { input: { username: 'sunli', password: `wrong-password-${i}` } })),
      ).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
    const waiting = await gql(api.url, LOGIN, { input: { username: 'sunli', password: DEMO_PASSWORD } });
    expect(code(waiting)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(waiting.errors![0].message).toContain('1 分钟后再试');
    // Other accounts are not affected.
    await login(api.url, 'hegang');
    clock.advance(61_000);
    await login(api.url, 'sunli');
  });
});

describe('second factor (TOTP)', () => {
  const ENROLL = `mutation { enrollTotp { secret otpauthUri } }`;
  const CONFIRM = `mutation C($c: String!) { confirmTotp(code: $c) { accessToken requiresTotpEnrollment } }`;

  it('a user enrols; from then on sign-in needs a current code, and a code is accepted only once', async () => {
    const s = await login(api.url, 'zhenghua');
    const enrol = await gql<{ enrollTotp: { secret: string; otpauthUri: string } }>(
      api.url,
      ENROLL,
      {},
      { token: s.token },
    );
    const { secret, otpauthUri } = enrol.data!.enrollTotp;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const wrong = await gql(api.url, CONFIRM, { c: '000000' }, { token: s.token });
    expect(code(wrong)).toMatchObject({ code: 'VALIDATION_FAILED' });
    const confirmed = await gql<{ confirmTotp: { accessToken: string } }>(
      api.url,
      CONFIRM,
      { c: await totpCode(secret, clock.now()) },
      { token: s.token },
    );
    expect(confirmed.errors).toBeUndefined();
    // The session from before enrolment has ended; the new one works.
    expect(code(await gql(api.url, ME, {}, { token: s.token }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await gql(api.url, ME, {}, { token: confirmed.data!.confirmTotp.accessToken })).errors,
    ).toBeUndefined();

    clock.advance(60_000);
    const noCode = await gql(api.url, LOGIN, { input: { username: 'zhenghua', password: DEMO_PASSWORD } });
    expect(code(noCode)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOTP_REQUIRED' });
    const current = await totpCode(secret, clock.now());
    await login(api.url, 'zhenghua', DEMO_PASSWORD, current);
    const replay = await gql(api.url, LOGIN, {
      input: { username: 'zhenghua', password: DEMO_PASSWORD, totpCode: current },
    });
    expect(code(replay)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    clock.advance(5 * 60_000);
    const stale = await gql(api.url, LOGIN, {
      input: { username: 'zhenghua', password: DEMO_PASSWORD, totpCode: current },
    });
    expect(code(stale)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('county policy can require a second factor for ADMIN, LEADER and AUDITOR: until enrolled, nothing else', async () => {
    const admin = await login(api.url, 'zhaoqiang');
    const set = await gql(
      api.url,
      `mutation S($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`,
      {
        i: { requireTotpRoles: ['ADMIN', 'LEADER', 'AUDITOR'] },
      },
      { token: admin.token },
    );
    expect(set.data).toEqual({ setSecurityPolicy: { requireTotpRoles: ['ADMIN', 'AUDITOR', 'LEADER'] } });

    const auditor = await gql<{ login: { accessToken: string; requiresTotpEnrollment: boolean } }>(
      api.url,
      LOGIN,
      {
        input: { username: 'qianjun', password: DEMO_PASSWORD },
      },
    );
    expect(auditor.data!.login.requiresTotpEnrollment).toBe(true);
    const token = auditor.data!.login.accessToken;
    expect(code(await gql(api.url, UNITS, {}, { token }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.TOTP_ENROLLMENT_REQUIRED',
    });
    // Nothing but enrolling: not even who one is (the sign-in answer said so).
    expect(code(await gql(api.url, ME, {}, { token }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.TOTP_ENROLLMENT_REQUIRED',
    });
    // The administrator who set the policy holds an ADMIN session without a second factor: it ended with it.
    expect(code(await gql(api.url, UNITS, {}, { token: admin.token }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const enrol = await gql<{ enrollTotp: { secret: string } }>(api.url, ENROLL, {}, { token });
    const full = await gql<{ confirmTotp: { accessToken: string; requiresTotpEnrollment: boolean } }>(
      api.url,
      CONFIRM,
      { c: await totpCode(enrol.data!.enrollTotp.secret, clock.now()) },
      { token },
    );
    expect(full.data!.confirmTotp.requiresTotpEnrollment).toBe(false);
    expect(
      (await gql(api.url, UNITS, {}, { token: full.data!.confirmTotp.accessToken })).errors,
    ).toBeUndefined();
    // A handler is not covered by the policy.
    expect(
      (
        await gql<{ login: { requiresTotpEnrollment: boolean } }>(api.url, LOGIN, {
          input: { username: 'wujing', password: DEMO_PASSWORD },
        })
      ).data!.login.requiresTotpEnrollment,
    ).toBe(false);
  });
});
