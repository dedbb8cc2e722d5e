import { problem, textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 解除联动单位: an N member leaves with a reason; the lead and the three always take part. */
export function decideReleaseLinkageMember(
  command: IncidentCommandOf<'ReleaseLinkageMember'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('releaseLinkageMember', state, command.incidentId);
  const l = state.linkage!;
  const p = textProblems('input.reason', command.reason, 1, 500);
  if (!l.memberUnitIds.includes(command.unitId)) {
    p.push(
      l.leadUnitId === command.unitId || l.coreUnitIds.includes(command.unitId)
        ? problem(
            'input.unitId',
            '牵头单位和网信、公安、国安始终参与，不能解除',
            'the lead and the three always take part',
          )
        : problem('input.unitId', '该单位不是联动成员', 'not a linkage member'),
    );
  }
  check(p);
  return [
    {
      type: IncidentEventType.LinkageMemberReleased,
      data: { ...stampOf(command), unitId: command.unitId, reason: command.reason.trim() },
    },
  ];
}
