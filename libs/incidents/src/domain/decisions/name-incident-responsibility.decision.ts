import { problem } from '@app/kernel';
import { ResponsibilityUnchanged } from '../incident.errors';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/**
 * 包保领导、专人跟踪 (000 §六3; 003 §二(三)): at least one person named; naming the people who already answer for it
 * changes nothing and is refused, so the timeline holds only real changes. Who they are (on the roster, in the unit)
 * the handler has checked.
 */
export function decideNameIncidentResponsibility(
  command: IncidentCommandOf<'NameIncidentResponsibility'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('nameIncidentResponsibility', state, command.incidentId);
  const { guarantor, tracker } = command;
  if (!guarantor && !tracker)
    check([problem('input', '请至少指定包保领导或跟踪专人', 'name a guarantor leader or a tracker')]);
  const changesGuarantor = !!guarantor && guarantor.userId !== state.guarantorUserId;
  const changesTracker = !!tracker && tracker.userId !== state.trackerUserId;
  if (!changesGuarantor && !changesTracker) throw new ResponsibilityUnchanged();
  return [
    {
      type: IncidentEventType.ResponsibilityNamed,
      data: {
        ...stampOf(command),
        guarantor: changesGuarantor ? guarantor : null,
        tracker: changesTracker ? tracker : null,
      },
    },
  ];
}
