import { FieldProblem, problem, textProblems } from '@app/kernel';
import { permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 记录追责: at least one finding, each with its measure. */
export function decideRecordAccountability(
  command: IncidentCommandOf<'RecordAccountability'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('recordAccountability', state, command.incidentId);
  const p: FieldProblem[] = command.findings.length
    ? []
    : [problem('input.findings', '至少一条追责结论', 'at least one finding')];
  command.findings.forEach((f, i) => {
    p.push(
      ...textProblems(`input.findings[${i}].finding`, f.finding, 1, 2000),
      ...textProblems(`input.findings[${i}].measure`, f.measure, 1, 2000),
    );
  });
  check(p);
  return [
    {
      type: IncidentEventType.AccountabilityRecorded,
      data: {
        ...stampOf(command),
        findings: command.findings.map((f) => ({
          unitId: f.unitId,
          person: f.person?.trim() || null,
          ...(f.userId ? { userId: f.userId } : {}),
          finding: f.finding.trim(),
          measure: f.measure.trim(),
        })),
      },
    },
  ];
}
