import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 解除预警: the warning in force is lifted, with a reason. */
export function decideLiftWarning(
  command: IncidentCommandOf<'LiftWarning'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('liftWarning', state, command.incidentId);
  check(textProblems('input.reason', command.reason, 1, 500));
  return [
    { type: IncidentEventType.WarningLifted, data: { ...stampOf(command), reason: command.reason.trim() } },
  ];
}
