import { problem } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentStatus } from '../incident.enums';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';
import { gradeOfSpread, moreSevere } from '../spread-grade';
import { spreadProblems } from '../incident.validation';

/** A reading may be dated up to this much ahead of the server's clock (a monitor's clock runs a little fast). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * 传播数据: a later reading beside the first figures (issue 23). When it reaches the criteria of a grade more severe
 * than the incident's — and than what was last suggested since the last assessment — the centre is asked to assess
 * again (002 动态管理: 分级可随时调整); a closed incident keeps the reading without the request (reopen it first).
 */
export function decideRecordSpreadReading(
  command: IncidentCommandOf<'RecordSpreadReading'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('recordSpreadReading', state, command.incidentId);
  const observed = command.observedAt.getTime();
  check([
    ...spreadProblems(command.spread),
    ...(Number.isNaN(observed) || observed > command.context.now.getTime() + CLOCK_SKEW_MS
      ? [problem('input.observedAt', '读数时间不能晚于现在', 'cannot be in the future')]
      : []),
  ]);
  const stamp = stampOf(command);
  const events: IncidentEvent[] = [
    {
      type: IncidentEventType.SpreadReadingRecorded,
      data: {
        ...stamp,
        spread: command.spread,
        observedAt: command.observedAt.toISOString(),
        sourceName: command.sourceName,
        intakeItemId: command.intakeItemId,
      },
    },
  ];
  const reached = gradeOfSpread(command.criteria, command.spread);
  if (
    reached &&
    state.status !== IncidentStatus.CLOSED &&
    moreSevere(reached.grade, state.grade) &&
    moreSevere(reached.grade, state.suggestedGrade ?? null)
  )
    events.push({
      type: IncidentEventType.ReassessmentSuggested,
      data: { ...stamp, grade: state.grade, suggestedGrade: reached.grade, reasons: reached.reasons },
    });
  return events;
}
