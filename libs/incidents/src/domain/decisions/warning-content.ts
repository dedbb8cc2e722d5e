import { FieldProblem, problem, textProblems } from '@app/kernel';
import { WarningInput } from '../incident.commands';
import { Grade } from '../incident.enums';
import { WarningContent } from '../incident.events';

/** What is wrong with a warning's content (issued or adjusted alike, 002). */
export function warningProblems(w: WarningInput): FieldProblem[] {
  return [
    ...(Object.values(Grade).includes(w.level)
      ? []
      : [problem('input.level', '预警级别无效', 'invalid level')]),
    ...textProblems('input.object', w.object, 1, 200),
    ...textProblems('input.scope', w.scope, 1, 500),
    ...textProblems('input.matters', w.matters, 1, 2000),
    ...textProblems('input.measures', w.measures, 1, 2000),
    ...(Number.isNaN(w.startAt.getTime()) ? [problem('input.startAt', '时间无效', 'invalid time')] : []),
  ];
}

/** A warning's content as its events keep it: trimmed, times as ISO strings, scope units once each. */
export const warningContent = (w: WarningInput): WarningContent => ({
  level: w.level,
  object: w.object.trim(),
  startAt: w.startAt.toISOString(),
  scope: w.scope.trim(),
  scopeUnitIds: [...new Set(w.scopeUnitIds ?? [])],
  matters: w.matters.trim(),
  measures: w.measures.trim(),
});
