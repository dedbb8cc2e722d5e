/**
 * Sub-codes of input refusals every library shares (`extensions.reason` of VALIDATION_FAILED): input that breaks
 * its field rules, and a step that needs a reason given without one.
 */
export const InputErrorReason = {
  INVALID: 'INPUT.INVALID',
  REASON_REQUIRED: 'INPUT.REASON_REQUIRED',
} as const;
export type InputErrorReason = (typeof InputErrorReason)[keyof typeof InputErrorReason];
