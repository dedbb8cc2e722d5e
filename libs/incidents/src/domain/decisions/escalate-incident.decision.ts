import { FieldProblem, problem, textProblems } from '@app/kernel';
import { EscalationTarget, Grade } from '../incident.enums';
import { gradeAtLeast, permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 上报 (003 逐级报告、双重报告): to the county leaders, then the city; a township only with a major incident. */
export function decideEscalateIncident(
  command: IncidentCommandOf<'EscalateIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('escalateIncident', state, command.incidentId);
  const to = [...new Set(command.to)];
  const p: FieldProblem[] = textProblems('input.summary', command.summary, 1, 2000);
  if (to.length === 0) p.push(problem('input.to', '请选择上报对象', 'choose whom to report to'));
  // 逐级报告: the city hears after the county leaders, unless both are told at once (双重报告).
  if (to.includes(EscalationTarget.CITY_OFFICE)) {
    if (!command.byCountyCentre)
      p.push(problem('input.to', '只有县中心可报市委网信办', 'only the county centre reports to the city'));
    if (!command.cityOfficeUnitId)
      p.push(problem('input.to', '本县未设上级市委网信办', 'no city office is set for this county'));
    if (
      !to.includes(EscalationTarget.COUNTY_LEADERS) &&
      !state.escalatedTo.includes(EscalationTarget.COUNTY_LEADERS)
    ) {
      p.push(
        problem(
          'input.to',
          '须逐级上报：先报县领导，或同时报县领导和市委网信办（双重报告）',
          'level by level: report to the county leaders first, or to both at once',
        ),
      );
    }
  }
  // A township may go straight to the county leaders only with a major incident (004 §二(三)1).
  if (!command.byCountyCentre && !gradeAtLeast(state.grade, Grade.II)) {
    p.push(
      problem(
        'input.to',
        '重大（II 级及以上）舆情方可直报县领导',
        'only grade II and above may go straight to the county leaders',
      ),
    );
  }
  check(p);
  return [
    {
      type: IncidentEventType.Escalated,
      data: {
        ...stampOf(command),
        to,
        summary: command.summary.trim(),
        cityOfficeUnitId: to.includes(EscalationTarget.CITY_OFFICE) ? command.cityOfficeUnitId : null,
      },
    },
  ];
}
