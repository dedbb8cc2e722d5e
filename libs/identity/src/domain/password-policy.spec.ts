import { Role } from '@app/access';
import { DEMO_PASSWORD } from '@app/demo';
import { passwordProblems, PasswordSubject } from './password-policy';

type Verdict = 'ok' | 'length' | 'letters-digits' | 'username' | 'name' | 'guessable';

/** Which rule a problem message is about (the first message also states the whole rule after its own words). */
function verdicts(password: string, subject: PasswordSubject): Verdict[] {
  const found = passwordProblems('input.newPassword', password, subject).map((p): Verdict => {
    const zh = p.message.zh;
    if (/密码须为 \d+–128 个字符/.test(zh)) return 'length';
    if (zh.startsWith('密码须同时包含字母和数字')) return 'letters-digits';
    if (zh.startsWith('密码不能包含用户名')) return 'username';
    if (zh.startsWith('密码不能包含本县或本平台的名称')) return 'name';
    if (zh.startsWith('密码太容易被猜中')) return 'guessable';
    throw new Error(`unexpected message: ${zh}`);
  });
  return found.length ? found : ['ok'];
}

const staff = { roles: [Role.HANDLER], username: 'lina', countyName: '清水县' };
const admin = { roles: [Role.ADMIN], username: 'zhaoqiang', countyName: '清水县' };
const auditor = { roles: [Role.AUDITOR], username: 'qianjun', countyName: '清水县' };
const leader = { roles: [Role.HANDLER, Role.LEADER], username: 'wangbo', countyName: '清水县' };

describe('password rule: passwords × roles', () => {
  const table: [string, PasswordSubject, Verdict[]][] = [
    // The demo county's password, and those the tests use, pass for everyone.
    [DEMO_PASSWORD, staff, ['ok']],
    [DEMO_PASSWORD, admin, ['ok']],
    [DEMO_PASSWORD, auditor, ['ok']],
    [DEMO_PASSWORD, leader, ['ok']],
    ['Reset2026abcd', leader, ['ok']],
    ['NewSecret2026x', leader, ['ok']],
    ['Sneaky2026pw', admin, ['ok']],
    ['Qingshi2027y', leader, ['ok']],
    // Length: 10 for others, 12 for administrators, auditors and leaders, 128 at most.
    ['Hq7wz3Rk2p', staff, ['ok']],
    ['Hq7wz3Rk2p', admin, ['length']],
    ['Hq7wz3Rk2p', auditor, ['length']],
    ['Hq7wz3Rk2p', leader, ['length']],
    ['Hq7wz3Rk2pXa', admin, ['ok']],
    ['Hq7wz3Rk2', staff, ['length']],
    ['short', staff, ['length', 'letters-digits']],
    [`${'Hq7wz3Rk2p'.repeat(12)}abcdefghi`, staff, ['length']], // 129
    [`${'Hq7wz3Rk2p'.repeat(12)}abcdefgh`, admin, ['ok']], // 128
    ['Ab密码安全清单第七条4', staff, ['ok']], // 11 characters (33 bytes in UTF-8)
    ['Ab密码安全清单4', staff, ['length']], // 9 characters
    // Letters and digits both.
    ['correcthorsebatterystaple', staff, ['letters-digits']],
    ['4930275816392', admin, ['letters-digits']],
    // Not the username, the county's name or the platform's.
    ['Lina#Gv82kq', staff, ['username']],
    ['xZhaoQiang#82k', admin, ['username']],
    ['清水县Gv82kqPm', staff, ['name']],
    ['Gv82kq清水Pmxz', admin, ['name']],
    ['Gv82YuQing!kq', staff, ['name']],
    ['Gv82舆情!kqPmx', admin, ['name']],
    // Common passwords, keyboard walks, repetitions: refused at every length.
    ['Qwerty123456', staff, ['guessable']],
    ['Qwerty123456', admin, ['guessable']],
    ['Password2026', leader, ['guessable']],
    ['1qaz2wsx3edc', auditor, ['guessable']],
    ['zaq12wsxcde3', staff, ['guessable']],
    ['asdfghjkl123', staff, ['guessable']],
    ['QAZwsx123456', admin, ['guessable']],
    ['P@ssw0rd1234', admin, ['guessable']],
    ['Abcd12345678', leader, ['guessable']],
    ['Aa123456789a', staff, ['guessable']],
    ['5201314abcde', staff, ['guessable']],
    ['Admin@123456', admin, ['guessable']],
    ['abc123abc123', staff, ['guessable']],
    ['aaaaaaaaaa11', staff, ['guessable']],
  ];
  it.each(table)('%s for %j: %j', (password, subject, expected) => {
    expect(verdicts(password, subject)).toEqual(expected);
  });

  it('states the whole rule in Chinese, with English beside, in the first problem', () => {
    const [first, second] = passwordProblems('input.initialPassword', 'short', { roles: [Role.ADMIN] });
    expect(first.field).toBe('input.initialPassword');
    expect(first.message.zh).toBe(
      '管理员、审计员和领导的密码须为 12–128 个字符（规则：管理员、审计员和领导的密码至少 12 个字符，其他人员至少 10 个字符，最多 128 个；须同时包含字母和数字，不能包含用户名或本县、本平台的名称，不能是常见密码或键盘序列（如 Qwerty123456））',
    );
    expect(first.message.en).toMatch(
      /^must be 12–128 characters for administrators.*\(the rule: at least 12/,
    );
    expect(second.message).toEqual({
      zh: '密码须同时包含字母和数字',
      en: 'must contain both letters and digits',
    });
    const [guessable] = passwordProblems('f', 'Qwerty123456', { roles: [Role.HANDLER] });
    expect(guessable.message.zh).toMatch(
      /^密码太容易被猜中.*（规则：.*不能是常见密码或键盘序列（如 Qwerty123456））$/,
    );
  });
});
