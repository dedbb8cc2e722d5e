import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 标记已平息 (DOMAIN §2 HANDLING → CALMED), with an optional note. */
export function decideMarkIncidentCalmed(
  command: IncidentCommandOf<'MarkIncidentCalmed'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('markIncidentCalmed', state, command.incidentId);
  check(textProblems('input.note', command.note, 0, 1000));
  return [{ type: IncidentEventType.Calmed, data: { ...stampOf(command), note: command.note.trim() } }];
}
