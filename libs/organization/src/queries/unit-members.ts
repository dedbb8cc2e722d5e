/**
 * Who works in a unit, asked by capabilities that name people in it (a task's 责任人) and cannot import the people
 * themselves (identity imports organization). Identity fills it; ADR 0021's pattern of a port a later library fills.
 */
export interface UnitMember {
  userId: string;
  name: string;
}

export interface UnitMembers {
  /** The person if they are an active member of that unit, else null (another unit's, deactivated, unknown). */
  activeMember(unitId: string, userId: string): Promise<UnitMember | null>;
}

export const UNIT_MEMBERS = Symbol('UNIT_MEMBERS');
