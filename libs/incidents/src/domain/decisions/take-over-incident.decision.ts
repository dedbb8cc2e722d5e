import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 县中心接管: the centre takes back an incident a township was handling, with its reason (e.g. 舆情升级). */
export function decideTakeOverIncident(
  command: IncidentCommandOf<'TakeOverIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('takeOverIncident', state, command.incidentId);
  check(textProblems('input.reason', command.reason, 1, 2000));
  return [
    {
      type: IncidentEventType.TakenOver,
      data: { ...stampOf(command), fromUnitId: state.localUnitId!, reason: command.reason.trim() },
    },
  ];
}
