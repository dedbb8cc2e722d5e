import { FieldProblem } from '@app/kernel';

/** Graded protection asks for complex passwords: at least 10 characters with letters and digits. */
export function passwordProblems(field: string, password: string, username?: string): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (password.length < 10 || password.length > 128) {
    p.push({ field, message: { zh: '密码须为 10–128 个字符', en: 'must be 10–128 characters' } });
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    p.push({
      field,
      message: { zh: '密码须同时包含字母和数字', en: 'must contain both letters and digits' },
    });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    p.push({ field, message: { zh: '密码不能包含用户名', en: 'must not contain the username' } });
  }
  return p;
}
