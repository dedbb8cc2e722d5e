import { permit } from '../incident.operations';
import { stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 派单 seen from the incident: a task dispatched for it (by dispatch, in the same transaction), once listed. */
export function decideAttachTask(
  command: IncidentCommandOf<'AttachTask'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('dispatchTask', state, command.incidentId);
  return [
    {
      type: IncidentEventType.TaskAttached,
      data: {
        ...stampOf(command),
        taskId: command.taskId,
        unitId: command.unitId,
        role: command.role,
        parentTaskId: command.parentTaskId,
      },
    },
  ];
}
