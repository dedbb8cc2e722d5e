import { checkReason, FieldProblem, problem } from '@app/kernel';
import { gradeAtLeast, permit } from '../incident.operations';
import { check, stampOf } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 启动"1+3+N"联动 (004 §五(二)): the propaganda department leads, the three take part; below the threshold only by decision. */
export function decideActivateLinkage(
  command: IncidentCommandOf<'ActivateLinkage'>,
  state: IncidentState,
): IncidentEvent[] {
  permit('activateLinkage', state, command.incidentId);
  const { facts } = command;
  const p: FieldProblem[] = [];
  if (!facts.propagandaUnitId || facts.coreUnitIds.length !== 3) {
    p.push(problem('input', '本县尚未指定「1+3」联动单位', 'the county has not named its "1+3"'));
  }
  if (!gradeAtLeast(state.grade, facts.thresholdGrade) && !command.byDecision) {
    p.push(
      problem(
        'input.byDecision',
        `低于 ${facts.thresholdGrade} 级的事件启动联动须经决定并说明理由`,
        `below grade ${facts.thresholdGrade} linkage needs a decision with a reason`,
      ),
    );
  }
  check(p);
  if (command.byDecision)
    checkReason('input.reason', command.reason, 1000, {
      zh: '经决定启动联动',
      en: 'activate the linkage by decision',
    });
  const core = new Set([facts.propagandaUnitId!, ...facts.coreUnitIds]);
  return [
    {
      type: IncidentEventType.LinkageActivated,
      data: {
        ...stampOf(command),
        leadUnitId: facts.propagandaUnitId!,
        coreUnitIds: facts.coreUnitIds,
        memberUnitIds: [...new Set(command.memberUnitIds)].filter((u) => !core.has(u)),
        byDecision: command.byDecision,
        reason: command.reason.trim(),
      },
    },
  ];
}
