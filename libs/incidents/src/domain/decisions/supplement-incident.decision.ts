import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/**
 * 补充情况 (000 §三1 层层上报; 003 §二(二) 随时上报事件处置进展情况): a unit working the incident adds what it knows —
 * a township what it found out about its village's report — on the record, before the incident is closed.
 */
export function decideSupplementIncident(
  command: IncidentCommandOf<'SupplementIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('supplementIncident', state, command.incidentId);
  check(textProblems('input.text', command.text, 1, 4000));
  return [{ type: IncidentEventType.Supplemented, data: { ...stampOf(command), text: command.text.trim() } }];
}
