import { Actor } from '@app/kernel';

/**
 * Which incidents a caller may see. For now: those owned by the caller's unit. The units & access issue replaces
 * this with the policy module (county centre over its county, linkage members, assignees, auditors).
 */
export function visibleOwningUnits(actor: Actor): string[] {
  return [actor.unitId];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);
