import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { Client } from 'pg';
import { DEFAULT_HTTP_LIMITS } from '../../apps/api/src/app-config';
import { Role } from '@app/access';
import { establishOtherCounty } from '../support/other-county';
import { ApiFixture, gql, login, Session, startApi } from '../support/api-fixture';
import { gqlFrom } from '../support/from-address';
import { mutate, ok } from '../support/loop-steps';
import { everyField } from '../support/schema-fields';

/**
 * Accounts a county can run (issue 20 §6): a password an administrator set — a new account's first or a reset one —
 * is changed at the next sign-in before anything else; a wrong password says how many tries are left before sign-in
 * pauses; the person's administrator sees the pause and lifts it (解锁), on the record with a reason.
 */
const clock = new ManualClock(new Date());
let api: ApiFixture;
let owner: Client;
let admin: Session;
const donghu = demoUnitId('donghu');

beforeAll(async () => {
  api = await startApi({
    label: 'sec-accounts',
    production: true,
    clock,
    http: { ...DEFAULT_HTTP_LIMITS, trustProxy: ['127.0.0.9'] },
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  admin = await login(api.url, 'zhaoqiang');
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
});

type Payload = { accessToken: string; refreshToken: string; requiresPasswordChange: boolean };
const SIGN_IN = `mutation L($input: LoginInput!) { login(input: $input) { accessToken refreshToken requiresPasswordChange me { mustChangePassword } } }`;
const signIn = (username: string, password: string, from = '127.0.0.1') =>
  gqlFrom<{ login: Payload & { me: { mustChangePassword: boolean } } }>(from, api.url, SIGN_IN, {
    input: { username, password },
  });
const USER = `id username signIn { mustChangePassword pausedUntil }`;
type UserRow = { id: string; signIn: { mustChangePassword: boolean; pausedUntil: string | null } | null };
const register = (username: string, extra: Record<string, unknown> = {}) =>
  mutate<UserRow>(
    api.url,
    admin.token,
    'registerUser',
    {
      unitId: donghu,
      username,
      displayName: '测试',
      roles: ['HANDLER'],
      initialPassword: 'Kw3v9TqzRm',
      ...extra,
    },
    USER,
  );
const changePassword = (token: string, currentPassword: string, newPassword: string) =>
  mutate<Payload>(
    api.url,
    token,
    'changePassword',
    { currentPassword, newPassword },
    'accessToken refreshToken requiresPasswordChange',
  );
const userAs = (token: string, id: string) =>
  gql<{ user: UserRow }>(api.url, `query U($id: ID!) { user(id: $id) { ${USER} } }`, { id }, { token });
const unlock = (token: string, userId: string, reason: string) =>
  mutate<UserRow>(api.url, token, 'unlockUserSignIn', { userId, reason }, USER);
const ext = (r: { errors?: { extensions: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions ?? {};

describe('a password an administrator set', () => {
  it('opens a session that may only change it; changed, the account works in full', async () => {
    const user = ok(await register('first.signin')).registerUser;
    expect(user.signIn).toEqual({ mustChangePassword: true, pausedUntil: null });

    const first = ok(await signIn('first.signin', 'Kw3v9TqzRm')).login;
    expect(first.requiresPasswordChange).toBe(true);
    expect(first.me.mustChangePassword).toBe(true);
    // Nothing else: no query or mutation of the schema, no renewal of the session.
    const open = new Set(['login', 'refresh', 'logout', 'changePassword']);
    const answered: string[] = [];
    for (const op of [...everyField('query'), ...everyField('mutation')].filter((o) => !open.has(o.name))) {
      const res = await gql(api.url, op.query, op.variables, { token: first.accessToken });
      expect({ field: op.name, data: res.data ?? null }).toEqual({ field: op.name, data: null });
      if (ext(res).reason !== 'AUTH.PASSWORD_CHANGE_REQUIRED')
        answered.push(`${op.name}: ${JSON.stringify(ext(res))}`);
    }
    expect(answered).toEqual([]);
    const refused = await gql(api.url, `{ me { id } }`, {}, { token: first.accessToken });
    expect(refused.errors![0].message).toContain('请先修改密码');
    const renewed = await gql(
      api.url,
      `mutation R($t: String!) { refresh(refreshToken: $t) { accessToken } }`,
      {
        t: first.refreshToken,
      },
    );
    expect(ext(renewed)).toMatchObject({ code: 'UNAUTHENTICATED' });

    const second = ok(await signIn('first.signin', 'Kw3v9TqzRm')).login;
    const changed = ok(await changePassword(second.accessToken, 'Kw3v9TqzRm', 'Zp4m8RtyWq2')).changePassword;
    expect(changed.requiresPasswordChange).toBe(false);
    expect(ext(await gql(api.url, `{ me { id } }`, {}, { token: changed.accessToken }))).toEqual({});
    expect(ok(await signIn('first.signin', 'Zp4m8RtyWq2')).login.requiresPasswordChange).toBe(false);
    expect(ok(await userAs(admin.token, user.id)).user.signIn!.mustChangePassword).toBe(false);
  });

  it('is not asked to change when the administrator hands the account over as final', async () => {
    ok(await register('handed.over', { passwordTemporary: false }));
    expect(ok(await signIn('handed.over', 'Kw3v9TqzRm')).login.requiresPasswordChange).toBe(false);
  });

  it('after a reset: the next sign-in must change it again', async () => {
    const user = ok(await register('reset.again', { passwordTemporary: false })).registerUser;
    ok(
      await mutate(
        api.url,
        admin.token,
        'resetUserPassword',
        { userId: user.id, newPassword: 'Jd5n2XwqLp' },
        'id',
      ),
    );
    expect(ok(await userAs(admin.token, user.id)).user.signIn!.mustChangePassword).toBe(true);
    expect(ok(await signIn('reset.again', 'Jd5n2XwqLp')).login.requiresPasswordChange).toBe(true);
    const { rows } = await owner.query<{ data: { kind: string } }>(
      `SELECT data FROM es_events WHERE event_type = 'PasswordChanged' AND stream_id = $1`,
      [`user-${user.id}`],
    );
    expect(rows.map((r) => r.data.kind)).toEqual(['RESET']);
  });
});

describe('wrong passwords, the pause they cause and 解锁', () => {
  it('say how many tries are left, the same for a name that does not exist', async () => {
    const from = '127.0.0.21';
    const left = async (username: string) => {
      const r = await signIn(username, 'not-the-password', from);
      expect(ext(r)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
      return [ext(r).remainingAttempts, r.errors![0].message];
    };
    expect(await left('wangbo')).toEqual([4, '用户名或密码错误；再错 4 次将暂停登录']);
    expect(await left('wangbo')).toEqual([3, '用户名或密码错误；再错 3 次将暂停登录']);
    expect(await left('no.such.person')).toEqual([4, '用户名或密码错误；再错 4 次将暂停登录']);
  });

  it('pause sign-in; the administrator sees it, lifts it with a reason on the record, and the owner signs in', async () => {
    const from = '127.0.0.22';
    const lina = ok(
      await gql<{ users: (UserRow & { username: string })[] }>(
        api.url,
        `query U($u: ID) { users(unitId: $u) { ${USER} } }`,
        { u: donghu },
        { token: admin.token },
      ),
    ).users.find((u) => u.username === 'lina')!;
    for (let i = 0; i < 5; i++) await signIn('lina', `wrong-${i}`, from);
    const paused = await signIn('lina', DEMO_PASSWORD, from);
    expect(ext(paused)).toMatchObject({ code: 'RATE_LIMITED' });

    // The administrator sees until when; her colleague sees nothing of it.
    const seen = ok(await userAs(admin.token, lina.id)).user.signIn!;
    expect(new Date(seen.pausedUntil!).getTime()).toBeGreaterThan(clock.now().getTime());
    const colleague = await login(api.url, 'wangbo');
    expect(ok(await userAs(colleague.token, lina.id)).user.signIn).toBeNull();

    // Refused: a reason is required; a colleague, another county's administrator.
    expect(ext(await unlock(admin.token, lina.id, ' '))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(ext(await unlock(colleague.token, lina.id, '本人'))).toMatchObject({ code: 'FORBIDDEN' });
    await establishOtherCounty(api, { username: 'hexi.admin', displayName: '河西管理员', role: Role.ADMIN });
    const elsewhere = await login(api.url, 'hexi.admin');
    expect(ext(await unlock(elsewhere.token, lina.id, '本人'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ext(await signIn('lina', DEMO_PASSWORD, from))).toMatchObject({ code: 'RATE_LIMITED' });

    const unlocked = ok(await unlock(admin.token, lina.id, '已电话核实为本人')).unlockUserSignIn;
    expect(unlocked.signIn!.pausedUntil).toBeNull();
    expect(ok(await signIn('lina', DEMO_PASSWORD, from)).login.requiresPasswordChange).toBe(false);
    const { rows } = await owner.query<{ data: Record<string, string>; actor: string }>(
      `SELECT data, metadata->>'actorUser' AS actor FROM es_events WHERE event_type = 'SignInUnlocked'`,
    );
    expect(rows).toEqual([
      {
        data: { userId: lina.id, unlockedBy: expect.any(String), reason: '已电话核实为本人' },
        actor: expect.any(String),
      },
    ]);
    // Nothing left to unlock.
    expect(ext(await unlock(admin.token, lina.id, '再次'))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'USER.SIGN_IN_NOT_PAUSED',
    });
  });
});
