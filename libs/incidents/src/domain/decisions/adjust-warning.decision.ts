import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { warningContent, warningProblems } from './warning-content';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 调整预警 (002 动态管理): the warning in force changes, with the level it had and why. */
export function decideAdjustWarning(
  command: IncidentCommandOf<'AdjustWarning'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('adjustWarning', state, command.incidentId);
  check([...warningProblems(command.warning), ...textProblems('input.reason', command.reason, 1, 500)]);
  return [
    {
      type: IncidentEventType.WarningAdjusted,
      data: {
        ...stampOf(command),
        ...warningContent(command.warning),
        previousLevel: state.warning!.level,
        reason: command.reason.trim(),
      },
    },
  ];
}
