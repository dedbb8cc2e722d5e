import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { ApiFixture, gql, login, Session, startApi } from '../support/api-fixture';
import { ok } from '../support/loop-steps';

/**
 * Sessions end when they should, at once: every access token names its session, and signing out, a replayed refresh
 * token, a password reset, a deactivation or a new second-factor policy end it for the very next request — not when
 * the token would have expired. Tokens that could never end are refused; the signing key is out of the application
 * role's reach.
 */
let api: ApiFixture;
let owner: Client;
let admin: Session;

beforeAll(async () => {
  api = await startApi({ label: 'sessionsec', production: true });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  admin = await login(api.url, 'zhaoqiang');
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const ME = `{ me { id } }`;
const REFRESH = `mutation R($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`;
const works = async (token: string) => (await gql(api.url, ME, {}, { token })).errors === undefined;
const code = async (token: string) => (await gql(api.url, ME, {}, { token })).errors?.[0].extensions.code;

it('signing out ends the access token at once, not 15 minutes later', async () => {
  const s = await login(api.url, 'lina');
  expect(await works(s.token)).toBe(true);
  ok(await gql(api.url, `mutation L($t: String!) { logout(refreshToken: $t) }`, { t: s.refreshToken }));
  expect(await code(s.token)).toBe('UNAUTHENTICATED');
  expect((await gql(api.url, REFRESH, { t: s.refreshToken })).errors![0].extensions.code).toBe(
    'UNAUTHENTICATED',
  );
  const ended = await owner.query<{ r: string }>(
    `SELECT end_reason AS r FROM auth_sessions WHERE user_id = $1 AND ended_at IS NOT NULL`,
    [s.userId],
  );
  expect(ended.rows.map((r) => r.r)).toEqual(['LOGOUT']);
});

it('a replayed refresh token ends every session of the user at once (it was stolen)', async () => {
  const [phone, desk] = [await login(api.url, 'wangbo'), await login(api.url, 'wangbo')];
  const next = ok(
    await gql<{ refresh: { accessToken: string } }>(api.url, REFRESH, { t: phone.refreshToken }),
  ).refresh;
  expect(await works(next.accessToken)).toBe(true);
  // Someone else presents the token that was already used.
  expect((await gql(api.url, REFRESH, { t: phone.refreshToken })).errors![0].extensions.code).toBe(
    'UNAUTHENTICATED',
  );
  expect(await code(next.accessToken)).toBe('UNAUTHENTICATED');
  expect(await code(desk.token)).toBe('UNAUTHENTICATED');
});

it("an administrator's password reset, a deactivation and a second-factor policy end sessions at once", async () => {
  const reset = await login(api.url, 'gaoyang');
  ok(
    await gql(
      api.url,
      `mutation R($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { id } }`,
      { i: { userId: reset.userId, newPassword: 'Xishan#Reset2026q' } },
      { token: admin.token },
    ),
  );
  expect(await code(reset.token)).toBe('UNAUTHENTICATED');

  const stoodDown = await login(api.url, 'liuyun');
  ok(
    await gql(
      api.url,
      `mutation D($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }`,
      { i: { userId: stoodDown.userId, reason: '离职' } },
      { token: admin.token },
    ),
  );
  expect(await code(stoodDown.token)).toBe('UNAUTHENTICATED');

  const leader = await login(api.url, 'hegang');
  const SET = `mutation S($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`;
  ok(await gql(api.url, SET, { i: { requireTotpRoles: ['LEADER'] } }, { token: admin.token }));
  try {
    expect(await code(leader.token)).toBe('UNAUTHENTICATED');
    expect((await gql(api.url, REFRESH, { t: leader.refreshToken })).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  } finally {
    ok(
      await gql(
        api.url,
        SET,
        { i: { requireTotpRoles: [] } },
        { token: (await login(api.url, 'zhaoqiang')).token },
      ),
    );
  }
});

describe('tokens that could not be ended are refused', () => {
  async function key(): Promise<string> {
    return (
      await owner.query<{ secret: string }>(`SELECT secret FROM auth_signing_keys WHERE kid = 'access-v1'`)
    ).rows[0].secret;
  }

  it('without an expiry, without a session, with alg "none" or another key', async () => {
    const s = await login(api.url, 'lina');
    const claims = JSON.parse(Buffer.from(s.token.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const jwt = new JwtService({});
    const secret = await key();
    const without = (name: string) => Object.fromEntries(Object.entries(claims).filter(([k]) => k !== name));
    const [noExp, noSid] = [without('exp'), without('sid')];
    const forged = [
      jwt.sign(noExp, { secret, algorithm: 'HS256' }),
      jwt.sign(noSid, { secret, algorithm: 'HS256' }),
      jwt.sign({ ...claims, sid: randomUUID() }, { secret, algorithm: 'HS256' }),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${s.token.split('.')[1]}.`,
      jwt.sign(claims, { secret: 'another-key-of-at-least-thirty-two-characters', algorithm: 'HS256' }),
    ];
    // The genuine one works; each forgery is no session at all.
    expect(await works(s.token)).toBe(true);
    for (const token of forged) expect(await code(token)).toBe('UNAUTHENTICATED');
  });

  it('the signing key cannot be read through the application role', async () => {
    const app = new Client({ connectionString: api.db.appUrl });
    await app.connect();
    try {
      await expect(app.query(`SELECT secret FROM auth_signing_keys`)).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await app.end();
    }
  });
});
