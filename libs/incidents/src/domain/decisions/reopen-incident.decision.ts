import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 重新打开（舆情反复）: back to handling, with a reason. */
export function decideReopenIncident(
  command: IncidentCommandOf<'ReopenIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('reopenIncident', state, command.incidentId);
  check(textProblems('input.reason', command.reason, 1, 1000));
  return [{ type: IncidentEventType.Reopened, data: { ...stampOf(command), reason: command.reason.trim() } }];
}
