import { FieldProblem, LocalizedMessage, ValidationFailed } from './app-error';
import { InputErrorReason } from './input.errors';

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

/** The coded sub-reason of a refusal or decision given without its reason (退回、不同意、经决定启动). */
export const REASON_REQUIRED = InputErrorReason.REASON_REQUIRED;

/**
 * The reason a step must give (退回重办、不同意延期、退回修改、经决定启动、撤回): a blank one is refused with its own code,
 * saying what needs it, so a client can tell "you forgot the reason" from any other bad input; a long one as usual.
 */
export function checkReason(
  field: string,
  value: string | null | undefined,
  max: number,
  what: LocalizedMessage,
): void {
  if ([...(value ?? '').trim()].length === 0)
    throw new ValidationFailed(
      [problem(field, `${what.zh}须填写理由，不能为空`, `a reason is required to ${what.en}`)],
      REASON_REQUIRED,
    );
  const p = textProblems(field, value, 1, max);
  if (p.length) throw new ValidationFailed(p);
}
