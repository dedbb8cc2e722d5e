import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';

/**
 * Finding: one password rule for everyone (10 characters with letters and digits), so an administrator, an auditor
 * or a leader could hold `Qwerty123456` or `1qaz2wsx3edc` — the first guesses of any cracker. Now: at least 12
 * characters for ADMIN, AUDITOR and LEADER (10 for others), at most 128, and no common password or keyboard walk
 * (zxcvbn), stated in Chinese in the refusal; for registerUser, resetUserPassword and changePassword alike.
 */
let api: ApiFixture;
let admin: Session;
const donghu = demoUnitId('donghu');

const USER = `id username roles`;

const register = (username: string, roles: string[], initialPassword: string) =>
  mutate<{ id: string; roles: string[] }>(
    api.url,
    admin.token,
    'registerUser',
    { unitId: donghu, username, displayName: '测试', roles, initialPassword },
    USER,
  );
const reset = (userId: string, newPassword: string) =>
  mutate(api.url, admin.token, 'resetUserPassword', { userId, newPassword }, 'id');
const change = (token: string, currentPassword: string, newPassword: string) =>
  mutate(api.url, token, 'changePassword', { currentPassword, newPassword }, 'accessToken');

/** The problems of a VALIDATION_FAILED answer, as [field, Chinese message]. */
function refusal(res: GqlResponse<unknown>): [string, string][] {
  expect(res.data ?? null).toBeNull();
  const e = res.errors?.[0]?.extensions as
    { code: string; fields: { field: string; message: string; messageEn: string }[] } | undefined;
  expect(e?.code).toBe('VALIDATION_FAILED');
  for (const f of e?.fields ?? []) expect(f.messageEn).toMatch(/\S/);
  return (e?.fields ?? []).map((f) => [f.field, f.message]);
}

const RULE = /管理员、审计员和领导的密码至少 12 个字符.*不能是常见密码或键盘序列（如 Qwerty123456）/;

beforeAll(async () => {
  api = await startApi({ label: 'sec-passwords', production: true });
  admin = await login(api.url, 'zhaoqiang');
});
afterAll(async () => {
  await api?.close();
});

describe('the password rule', () => {
  it('asks 12 characters of administrators, auditors and leaders, 10 of others, and says so in Chinese', async () => {
    const eleven = 'Hq7wz3Rk2pX';
    for (const [i, role] of ['ADMIN', 'AUDITOR', 'LEADER'].entries()) {
      const problems = refusal(await register(`priv${i}.short`, [role], eleven));
      expect(problems).toEqual([['input.initialPassword', expect.stringMatching(RULE)]]);
      expect(problems[0][1]).toMatch(/^管理员、审计员和领导的密码须为 12–128 个字符/);
    }
    // A privileged role among others counts.
    refusal(await register('mixed.short', ['HANDLER', 'LEADER'], eleven));
    expect(ok(await register('handler.eleven', ['HANDLER'], eleven)).registerUser.roles).toEqual(['HANDLER']);
    expect(ok(await register('leader.twelve', ['LEADER'], `${eleven}a`)).registerUser.roles).toEqual([
      'LEADER',
    ]);
    await login(api.url, 'handler.eleven', eleven);
    await login(api.url, 'leader.twelve', `${eleven}a`);
  });

  it('refuses common passwords and keyboard sequences, whatever their length and role', async () => {
    const target = ok(await register('weak.target', ['HANDLER'], 'Gv82kqPmxz41')).registerUser;
    for (const weak of ['Qwerty123456', '1qaz2wsx3edc', 'Password2026', 'P@ssw0rd1234', 'QAZwsx123456']) {
      for (const roles of [['HANDLER'], ['ADMIN']]) {
        const problems = refusal(await register(`weak.${roles[0].toLowerCase()}`, roles, weak));
        expect(problems).toEqual([['input.initialPassword', expect.stringMatching(/^密码太容易被猜中/)]]);
        expect(problems[0][1]).toMatch(RULE);
      }
      expect(refusal(await reset(target.id, weak))).toEqual([
        ['input.newPassword', expect.stringMatching(/^密码太容易被猜中.*（如 Qwerty123456/)],
      ]);
    }
    // Nothing was registered or changed: the target still signs in with its own password.
    await login(api.url, 'weak.target', 'Gv82kqPmxz41');
    const users = ok(
      await gql<{ users: { username: string }[] }>(
        api.url,
        `{ users { username } }`,
        {},
        { token: admin.token },
      ),
    ).users.map((u) => u.username);
    expect(users.filter((u) => u.startsWith('weak.'))).toEqual(['weak.target']);
  });

  it('holds a leader changing his own password, and an administrator resetting one, to the longer rule', async () => {
    const wangbo = await login(api.url, 'wangbo'); // 东湖镇 leader
    expect(refusal(await change(wangbo.token, DEMO_PASSWORD, 'Hq7wz3Rk2pX'))).toEqual([
      ['input.newPassword', expect.stringMatching(/^管理员、审计员和领导的密码须为 12–128 个字符/)],
    ]);
    expect(refusal(await change(wangbo.token, DEMO_PASSWORD, 'Qwerty123456'))).toEqual([
      ['input.newPassword', expect.stringMatching(/^密码太容易被猜中/)],
    ]);
    expect(refusal(await reset(wangbo.userId, 'Hq7wz3Rk2pX'))).toEqual([
      ['input.newPassword', expect.stringMatching(/^管理员、审计员和领导的密码须为 12–128 个字符/)],
    ]);
    // The demo password still works: none of the above changed it.
    await login(api.url, 'wangbo');
    const lina = await login(api.url, 'lina'); // a handler: 10 characters will do
    ok(await change(lina.token, DEMO_PASSWORD, 'Hq7wz3Rk2p'));
    await login(api.url, 'lina', 'Hq7wz3Rk2p');
  });

  it('a handler promoted to leader keeps signing in, and his next password follows the leaders’ rule', async () => {
    const user = ok(await register('promoted.one', ['HANDLER'], 'Hq7wz3Rk2p')).registerUser;
    ok(
      await mutate(
        api.url,
        admin.token,
        'changeUserRoles',
        { userId: user.id, roles: ['HANDLER', 'LEADER'] },
        'id',
      ),
    );
    const s = await login(api.url, 'promoted.one', 'Hq7wz3Rk2p'); // not locked out
    expect(refusal(await change(s.token, 'Hq7wz3Rk2p', 'Zt5mq8Wn3v'))).toEqual([
      ['input.newPassword', expect.stringMatching(/^管理员、审计员和领导的密码须为 12–128 个字符/)],
    ]);
    ok(await change(s.token, 'Hq7wz3Rk2p', 'Zt5mq8Wn3vKe'));
  });

  it('refuses the username, the county’s or platform’s name, and an over-long password, as field errors', async () => {
    expect(refusal(await register('gv.name', ['HANDLER'], 'xGv.Name#2026'))).toEqual([
      ['input.initialPassword', expect.stringMatching(/^密码不能包含用户名/)],
    ]);
    expect(refusal(await register('county.name', ['HANDLER'], '清水县Gv82kqPm'))).toEqual([
      ['input.initialPassword', expect.stringMatching(/^密码不能包含本县或本平台的名称/)],
    ]);
    expect(refusal(await register('platform.name', ['HANDLER'], 'Yuqing#Gv82kq'))).toEqual([
      ['input.initialPassword', expect.stringMatching(/^密码不能包含本县或本平台的名称/)],
    ]);
    expect(refusal(await register('long.one', ['HANDLER'], `Gv82kq${'x'.repeat(124)}`))).toEqual([
      ['input.initialPassword', expect.stringMatching(/^密码须为 10–128 个字符/)],
    ]);
  });
});
