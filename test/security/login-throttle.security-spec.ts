import { DEMO_PASSWORD } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { Client } from 'pg';
import { DEFAULT_HTTP_LIMITS } from '../../apps/api/src/app-config';
import { ApiFixture, login, LOGIN, startApi } from '../support/api-fixture';
import { gqlFrom } from '../support/from-address';

/**
 * Password guessing, as an assessor would try it: many guesses at once, from one machine or several, at sign-in and
 * at "change my password". Every guess is counted before it is checked; waits grow with failures instead of a
 * lock that anyone can set off by typing a name; a deactivated account answers like a wrong password.
 */
const clock = new ManualClock(new Date());
let api: ApiFixture;

beforeAll(async () => {
  // 127.0.0.9 plays the balancer in front.
  api = await startApi({
    label: 'throttlesec',
    production: true,
    clock,
    http: { ...DEFAULT_HTTP_LIMITS, trustProxy: ['127.0.0.9'] },
  });
});
afterAll(() => api.close());

type Ext = { code: string; reason?: string; retryAfterSeconds?: number };
const signIn = (from: string, username: string, password: string) =>
  gqlFrom(from, api.url, LOGIN, { input: { username, password } });
const ext = (r: { errors?: { extensions: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions as Ext | undefined;

it('counts every one of 25 simultaneous guesses before checking any: only the free ones are checked', async () => {
  const guesses = await Promise.all(
    Array.from({ length: 25 }, (_, i) => signIn('127.0.0.2', 'wujing', `guess-number-${i}`)),
  );
  const checked = guesses.filter((g) => ext(g)?.reason === 'AUTH.INVALID_CREDENTIALS');
  const refused = guesses.filter((g) => ext(g)?.code === 'RATE_LIMITED');
  expect(checked).toHaveLength(5);
  expect(refused).toHaveLength(20);
  // Even the right password waits now, from that machine.
  expect(ext(await signIn('127.0.0.2', 'wujing', DEMO_PASSWORD))?.code).toBe('RATE_LIMITED');
});

it('slows a guesser down more with each failure, and the owner elsewhere waits two minutes at most', async () => {
  const waits: number[] = [];
  // A machine guessing one account: after the free failures each wait doubles.
  for (let i = 0; i < 12; i++) {
    const r = await signIn('127.0.0.3', 'zhenghua', `wrong-${i}`);
    if (ext(r)?.code === 'RATE_LIMITED') {
      waits.push(ext(r)!.retryAfterSeconds!);
      clock.advance(ext(r)!.retryAfterSeconds! * 1000);
      i--;
    }
  }
  expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8]);
  // The owner, at her own desk: the account has been guessed at, so she may wait — briefly, never locked out.
  const owner = await signIn('127.0.0.4', 'zhenghua', DEMO_PASSWORD);
  expect(ext(owner)).toMatchObject({ code: 'RATE_LIMITED' });
  expect(ext(owner)!.retryAfterSeconds).toBeLessThanOrEqual(120);
  clock.advance(ext(owner)!.retryAfterSeconds! * 1000);
  expect(ext(await signIn('127.0.0.4', 'zhenghua', DEMO_PASSWORD))).toBeUndefined();
  // Another account from the guessing machine is not held up by this one.
  expect(ext(await signIn('127.0.0.3', 'hegang', DEMO_PASSWORD))).toBeUndefined();
});

it('limits guessing the current password at "change my password" the same way', async () => {
  const s = await login(api.url, 'linfang');
  const CHANGE = `mutation C($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`;
  const tries = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      gqlFrom(
        '127.0.0.5',
        api.url,
        CHANGE,
        { i: { currentPassword: `guess-${i}`, newPassword: 'Linfang#2026Qs' } },
        s.token,
      ),
    ),
  );
  expect(tries.filter((t) => ext(t)?.reason === 'AUTH.WRONG_CURRENT_PASSWORD')).toHaveLength(5);
  expect(tries.filter((t) => ext(t)?.code === 'RATE_LIMITED')).toHaveLength(7);
});

it('answers a deactivated account exactly like a wrong password', async () => {
  const admin = await login(api.url, 'zhaoqiang');
  const target = await login(api.url, 'gaoyang');
  const deactivated = await gqlFrom(
    '127.0.0.6',
    api.url,
    `mutation D($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }`,
    { i: { userId: target.userId, reason: '调离' } },
    admin.token,
  );
  expect(deactivated.errors).toBeUndefined();
  const right = await signIn('127.0.0.6', 'gaoyang', DEMO_PASSWORD);
  const wrong = await signIn('127.0.0.6', 'lina', 'not-her-password');
  expect(right.errors).toEqual(wrong.errors);
  expect(ext(right)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
});

it('counts by the address the balancer saw — only when the request comes from the balancer', async () => {
  const via = (from: string, forwarded: string) =>
    gqlFrom(from, api.url, LOGIN, { input: { username: 'xuming', password: `wrong-${from}` } }, undefined, {
      'x-forwarded-for': forwarded,
    });
  await via('127.0.0.9', '198.51.100.7');
  await via('127.0.0.8', '198.51.100.8');
  const owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  try {
    const rows = await owner.query<{ ip: string }>(
      `SELECT ip FROM login_attempts WHERE username = 'xuming' ORDER BY id`,
    );
    // Through the trusted balancer: the client's address. From anywhere else, a forged header changes nothing.
    expect(rows.rows.map((r) => r.ip.replace(/^::ffff:/, ''))).toEqual(['198.51.100.7', '127.0.0.8']);
  } finally {
    await owner.end();
  }
});
