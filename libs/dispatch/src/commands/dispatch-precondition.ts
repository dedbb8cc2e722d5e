/**
 * A check another library may add before a task is dispatched on an incident (after the caller is authorised): the
 * leadership library's "dispatch waits for the approved 处置方案" (004 §二(四)). Declared here, filled by that
 * library, so dispatch neither imports it nor reads its tables; absent, dispatch is as before.
 */
export interface DispatchPrecondition {
  check(incident: { incidentId: string; countyId: string | null; grade: string | null }): Promise<void>;
}

export const DISPATCH_PRECONDITION = Symbol('DispatchPrecondition');
