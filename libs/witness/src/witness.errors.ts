/**
 * Sub-codes of the witness endpoint's refusals (`reason` in its HTTP body). A refused claim answers
 * `WITNESS.<kind>` after its ClaimRefusal kind (MALFORMED, CONFLICT …), named by the event store.
 */
export const WitnessErrorReason = {
  BAD_REQUEST: 'WITNESS.BAD_REQUEST',
  UNKNOWN_PEER: 'WITNESS.UNKNOWN_PEER',
} as const;
export type WitnessErrorReason = (typeof WitnessErrorReason)[keyof typeof WitnessErrorReason];
