import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { warningContent, warningProblems } from './warning-content';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 发布预警 (002): one warning in force at a time, with its full content. */
export function decideIssueWarning(
  command: IncidentCommandOf<'IssueWarning'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('issueWarning', state, command.incidentId);
  check(warningProblems(command.warning));
  return [
    {
      type: IncidentEventType.WarningIssued,
      data: {
        ...stampOf(command),
        ...warningContent(command.warning),
        issuingUnitId: command.context.actorUnitId,
      },
    },
  ];
}
