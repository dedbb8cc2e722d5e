import { FieldProblem } from './app-error';

export const problem = (field: string, zh: string, en: string): FieldProblem => ({
  field,
  message: { zh, en },
});

/** A text of `min`–`max` characters (counted as people count them, not UTF-16 units). */
export function textProblems(
  field: string,
  value: string | null | undefined,
  min: number,
  max: number,
): FieldProblem[] {
  const length = [...(value ?? '').trim()].length;
  if (length < min) {
    return [
      problem(
        field,
        min === 1 ? '不能为空' : `至少 ${min} 个字`,
        min === 1 ? 'must not be empty' : `needs at least ${min} characters`,
      ),
    ];
  }
  if (length > max) return [problem(field, `不能超过 ${max} 个字`, `must be at most ${max} characters`)];
  return [];
}

/** A list of 0–`max` texts, each `min`–`maxLength` characters. */
export function textListProblems(
  field: string,
  values: string[],
  max: number,
  maxLength: number,
  min = 0,
): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (values.length < min) p.push(problem(field, `至少需要 ${min} 项`, `needs at least ${min} item(s)`));
  if (values.length > max) p.push(problem(field, `不能超过 ${max} 项`, `at most ${max} items`));
  values.forEach((v, i) => p.push(...textProblems(`${field}[${i}]`, v, 1, maxLength)));
  return p;
}

export function oneOfProblems<E extends string>(
  field: string,
  value: string,
  values: Record<string, E>,
): FieldProblem[] {
  return Object.values(values).includes(value as E)
    ? []
    : [problem(field, `取值无效：${value}`, `is not one of ${Object.values(values).join(', ')}`)];
}
