import { problem } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 增加联动单位: units not yet in the linkage join it; naming only present ones is refused. */
export function decideAddLinkageMembers(
  command: IncidentCommandOf<'AddLinkageMembers'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('addLinkageMembers', state, command.incidentId);
  const l = state.linkage!;
  const present = new Set([l.leadUnitId, ...l.coreUnitIds, ...l.memberUnitIds]);
  const unitIds = [...new Set(command.unitIds)].filter((u) => !present.has(u));
  check(
    unitIds.length ? [] : [problem('input.unitIds', '这些单位已在联动中', 'these units are already members')],
  );
  return [{ type: IncidentEventType.LinkageMembersAdded, data: { ...stampOf(command), unitIds } }];
}
