import { IncidentNotFound } from '../incident.errors';
import { stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 销号 or 撤销 seen from the incident: a task of its own is settled once; a repeat or a stranger decides nothing. */
export function decideSettleTask(
  command: IncidentCommandOf<'SettleTask'>,
  state: IncidentState,
): IncidentEvent[] {
  if (!state.exists) throw new IncidentNotFound(command.incidentId);
  const task = state.tasks[command.taskId];
  if (!task || task.settled) return [];
  return [
    {
      type: IncidentEventType.TaskSettled,
      data: { ...stampOf(command), taskId: command.taskId, outcome: command.outcome },
    },
  ];
}
