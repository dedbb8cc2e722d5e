import { Grade } from '../incident.enums';
import { TownshipGradeLimit } from '../incident.errors';
import { permit } from '../incident.operations';
import { validateAssessment } from '../incident.validation';
import { check } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 研判: a judgement, revisable at any time; each revision keeps the grade it replaces (002 dynamic management). */
export function decideAssessIncident(
  command: IncidentCommandOf<'AssessIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  const { incidentId, context } = command;
  permit('assessIncident', state, incidentId);
  check(validateAssessment(command.input));
  const i = command.input;
  // A township handles locally only what is 一般 (IV); anything graver goes to the county centre (000 §三, 001 §三).
  if (state.localUnitId === context.actorUnitId && i.grade !== Grade.IV)
    throw new TownshipGradeLimit(i.grade);
  return [
    {
      type: IncidentEventType.Assessed,
      data: {
        incidentId,
        nature: i.nature,
        veracity: i.veracity,
        field: i.field,
        grade: i.grade,
        indicators: i.indicators.map((s) => s.trim()),
        reasoning: i.reasoning.trim(),
        previousGrade: state.grade,
        revision: state.assessments + 1,
        assessedBy: context.actorUserId,
        assessedAt: context.now.toISOString(),
      },
    },
  ];
}
