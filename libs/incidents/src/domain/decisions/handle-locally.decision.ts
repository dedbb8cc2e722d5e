import { permit } from '../incident.operations';
import { stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/**
 * 乡镇自行处置 (000 §三: 乡镇能处置的自行处置; 001 §三): the township takes up an incident reported through it before the
 * centre has graded it, and from then on may grade it (within IV), list it, dispatch to its villages and close it.
 * The centre still sees everything and may take it over.
 */
export function decideHandleLocally(
  command: IncidentCommandOf<'HandleLocally'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('handleLocally', state, command.incidentId);
  return [
    {
      type: IncidentEventType.TakenUpLocally,
      data: { ...stampOf(command), townshipUnitId: command.context.actorUnitId },
    },
  ];
}
