import { AppError, ErrorCode, FieldProblem, ValidationFailed } from '@app/kernel';

/** Sub-codes of the assessment module (`extensions.reason`): statistics periods and the 考核 policy. */
export const AssessmentErrorReason = {
  PERIOD_INVALID: 'ASSESSMENT.PERIOD_INVALID',
  POLICY_RETROACTIVE: 'ASSESSMENT.POLICY_RETROACTIVE',
} as const;
export type AssessmentErrorReason = (typeof AssessmentErrorReason)[keyof typeof AssessmentErrorReason];

export const problem = (field: string, zh: string, en: string): FieldProblem => ({
  field,
  message: { zh, en },
});

export function failIf(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

/** A period that names no days (month 13, a range ending before it starts, more than three years). */
export const periodInvalid = (why: { zh: string; en: string }) =>
  new AppError(ErrorCode.VALIDATION_FAILED, AssessmentErrorReason.PERIOD_INVALID, {
    zh: `统计期间无效：${why.zh}`,
    en: `Invalid period: ${why.en}`,
  });

/**
 * A policy may not take effect on a day already past, nor before the version in force: a closed period's score
 * stays what it was (today's rules on an old period are a separate, labelled view).
 */
export const policyRetroactive = (effectiveFrom: string, earliest: string) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    AssessmentErrorReason.POLICY_RETROACTIVE,
    {
      zh: `考核规则不能追溯生效：生效日期 ${effectiveFrom} 早于 ${earliest}`,
      en: `An assessment policy cannot take effect in the past: ${effectiveFrom} is before ${earliest}`,
    },
    { effectiveFrom, earliest },
  );
