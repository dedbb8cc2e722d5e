import { textListProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 联席会议: recorded under an active linkage; the tasks it dispatches attach in the same step (so only once listed). */
export function decideRecordJointConference(
  command: IncidentCommandOf<'RecordJointConference'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('recordJointConference', state, command.incidentId);
  check([
    ...textListProblems('input.participants', command.participants, 50, 100, 1),
    ...textListProblems('input.decisions', command.decisions, 50, 1000, 1),
  ]);
  // Follow-up tasks are dispatches: refused as 派单 would be while the incident is not listed.
  if (command.followUps.length) permit('dispatchTask', state, command.incidentId);
  const stamp = stampOf(command);
  return [
    {
      type: IncidentEventType.JointConferenceRecorded,
      data: {
        ...stamp,
        conferenceId: command.conferenceId,
        heldAt: command.heldAt.toISOString(),
        participants: command.participants.map((s) => s.trim()),
        participantUnitIds: [...new Set(command.participantUnitIds)],
        decisions: command.decisions.map((s) => s.trim()),
        followUpTaskIds: command.followUps.map((f) => f.taskId),
      },
    },
    ...command.followUps.map((f): IncidentEvent => ({
      type: IncidentEventType.TaskAttached,
      data: { ...stamp, taskId: f.taskId, unitId: f.unitId, role: f.role, parentTaskId: null },
    })),
  ];
}
