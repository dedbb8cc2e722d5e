import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 列单: the incident is put on the list for disposal with its requirements; handling starts. */
export function decideListIncident(
  command: IncidentCommandOf<'ListIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('listIncident', state, command.incidentId);
  check(textProblems('input.requirements', command.requirements, 1, 2000));
  return [
    {
      type: IncidentEventType.Listed,
      data: { ...stampOf(command), requirements: command.requirements.trim() },
    },
  ];
}
