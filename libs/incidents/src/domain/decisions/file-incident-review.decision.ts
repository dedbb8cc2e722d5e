import { textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 总结评估: filed once after closing, every part required. */
export function decideFileIncidentReview(
  command: IncidentCommandOf<'FileIncidentReview'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('fileIncidentReview', state, command.incidentId);
  check([
    ...textProblems('input.cause', command.cause, 1, 5000),
    ...textProblems('input.spread', command.spread, 1, 5000),
    ...textProblems('input.result', command.result, 1, 5000),
    ...textProblems('input.experience', command.experience, 1, 5000),
    ...textProblems('input.problems', command.problems, 1, 5000),
  ]);
  return [
    {
      type: IncidentEventType.ReviewFiled,
      data: {
        ...stampOf(command),
        cause: command.cause.trim(),
        spread: command.spread.trim(),
        result: command.result.trim(),
        experience: command.experience.trim(),
        problems: command.problems.trim(),
      },
    },
  ];
}
