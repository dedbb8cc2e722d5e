import { CountyLeader } from './leadership.events';

/** Grades at which an escalation also reaches the principal leaders whatever its field (004 §三(四); 002 重大). */
const PRINCIPAL_GRADES = new Set(['I', 'II']);

/**
 * Whom an escalation to the county leaders reaches: the leaders in charge of the incident's field and, for grade
 * I–II, the principal leaders (县委书记, 县长). An incident not yet graded or of no field reaches the principals only
 * when it is grave.
 */
export function leadersInCharge(
  roster: readonly CountyLeader[],
  incident: { field: string | null; grade: string | null },
): CountyLeader[] {
  return roster.filter(
    (l) =>
      (incident.field !== null && l.fields.includes(incident.field)) ||
      (l.principal && incident.grade !== null && PRINCIPAL_GRADES.has(incident.grade)),
  );
}

/** Who may instruct on an incident: a leader in charge of its field, or a principal leader at any grade. */
export const mayInstruct = (leader: CountyLeader, field: string | null): boolean =>
  leader.principal || (field !== null && leader.fields.includes(field));
