import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { Role } from '@app/access/domain';
import { FieldProblem } from '@app/kernel';
import { isPrivileged } from './privileged-roles';

/**
 * The password rule (等保 level 3: 口令复杂度). Longer for the privileged roles, whose accounts an attacker wants
 * most; and never a password a cracker tries first — a common one, a keyboard walk, a name with a year — judged by
 * zxcvbn (the maintained @zxcvbn-ts port, with its common-password list and keyboard layouts).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PRIVILEGED_PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's 0–4 scale; 3 is "safely unguessable" (about 10^8 guesses and more), as zxcvbn's authors advise. */
export const PASSWORD_MIN_SCORE = 3;

/** The rule in one sentence, as the console tells it before asking and every refusal repeats it. */
export const PASSWORD_RULE = {
  zh: '管理员、审计员和领导的密码至少 12 个字符，其他人员至少 10 个字符，最多 128 个；须同时包含字母和数字，不能包含用户名或本县、本平台的名称，不能是常见密码或键盘序列（如 Qwerty123456）',
  en: 'at least 12 characters for administrators, auditors and leaders, 10 for others, at most 128; letters and digits; not the username or the county’s or platform’s name; not a common password or keyboard sequence (e.g. Qwerty123456)',
};

/** The platform's own names: not in a password. */
const PLATFORM_NAMES = ['yuqing', '舆情'];
/**
 * Words county passwords are often built on that zxcvbn's common list misses (`Admin@123456` scores 3 without
 * them): weighed as known words, not forbidden outright.
 */
const LOCAL_WORDS = ['admin', 'administrator', 'root', 'system', 'wangxin', 'zhengfu', 'woaini', 'yuqing'];

let checker: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a moment to index, and most processes never set a password. */
const zxcvbn = () =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...dictionary },
    graphs: adjacencyGraphs,
    maxLength: PASSWORD_MAX_LENGTH,
  }));

/** Whose password it is: the roles they hold or are being given, their username, their county's name. */
export interface PasswordSubject {
  roles: readonly (Role | string)[];
  username?: string;
  /** The county's name (e.g. 清水县); its part before 县/市/区 counts too. */
  countyName?: string | null;
}

/** What is wrong with `password` for `subject`, as problems of `field`; none when it may be used. */
export function passwordProblems(field: string, password: string, subject: PasswordSubject): FieldProblem[] {
  const p: FieldProblem[] = [];
  // The first problem states the whole rule, so that one refusal is enough to choose a good password.
  const problem = (zh: string, en: string): FieldProblem =>
    p.length === 0
      ? {
          field,
          message: { zh: `${zh}（规则：${PASSWORD_RULE.zh}）`, en: `${en} (the rule: ${PASSWORD_RULE.en})` },
        }
      : { field, message: { zh, en } };
  const privileged = subject.roles.some(isPrivileged);
  const min = privileged ? PRIVILEGED_PASSWORD_MIN_LENGTH : PASSWORD_MIN_LENGTH;
  const length = [...password].length;
  if (length < min || length > PASSWORD_MAX_LENGTH)
    p.push(
      privileged
        ? problem(
            `管理员、审计员和领导的密码须为 ${min}–${PASSWORD_MAX_LENGTH} 个字符`,
            `must be ${min}–${PASSWORD_MAX_LENGTH} characters for administrators, auditors and leaders`,
          )
        : problem(
            `密码须为 ${min}–${PASSWORD_MAX_LENGTH} 个字符`,
            `must be ${min}–${PASSWORD_MAX_LENGTH} characters`,
          ),
    );
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    p.push(problem('密码须同时包含字母和数字', 'must contain both letters and digits'));
  const lower = password.toLowerCase();
  const username = subject.username?.toLowerCase();
  if (username && lower.includes(username))
    p.push(problem('密码不能包含用户名', 'must not contain the username'));
  const names = [...PLATFORM_NAMES, ...countyNames(subject.countyName)];
  if (names.some((n) => lower.includes(n)))
    p.push(problem('密码不能包含本县或本平台的名称', 'must not contain the county’s or the platform’s name'));
  // An over-long password is not scored (zxcvbn's time grows with length; it is refused above anyway).
  if (length <= PASSWORD_MAX_LENGTH && p.length === 0) {
    const inputs = [...LOCAL_WORDS, ...names, ...(username ? [username] : [])];
    if (zxcvbn().check(password, inputs).score < PASSWORD_MIN_SCORE)
      p.push(
        problem(
          '密码太容易被猜中：不能是常见密码、键盘序列或简单重复（如 Qwerty123456、Password2026、1qaz2wsx3edc）',
          'too easy to guess: not a common password, a keyboard sequence or a repetition (e.g. Qwerty123456, Password2026, 1qaz2wsx3edc)',
        ),
      );
  }
  return p;
}

function countyNames(name: string | null | undefined): string[] {
  const n = name?.trim().toLowerCase();
  if (!n) return [];
  const short = n.replace(/(县|市|区|旗|自治县)$/u, '');
  return [...new Set([n, ...([...short].length >= 2 ? [short] : [])])];
}
