import { FieldProblem, ValidationFailed } from '@app/kernel';
import { IncidentCommand } from '../incident.commands';

/** Refuses the command with every field problem at once (VALIDATION_FAILED), or lets it through. */
export function check(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

/** Which incident, who and when: the part every lifecycle event after registration carries. */
export const stampOf = ({ incidentId, context }: IncidentCommand) => ({
  incidentId,
  by: context.actorUserId,
  byUnit: context.actorUnitId,
  at: context.now.toISOString(),
});
