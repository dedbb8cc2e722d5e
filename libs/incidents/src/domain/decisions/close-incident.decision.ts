import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 办结: once calmed, with every task settled and the warning lifted (the guards in incident.operations.ts). */
export function decideCloseIncident(
  command: IncidentCommandOf<'CloseIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('closeIncident', state, command.incidentId);
  check(textProblems('input.summary', command.summary, 1, 2000));
  return [{ type: IncidentEventType.Closed, data: { ...stampOf(command), summary: command.summary.trim() } }];
}
