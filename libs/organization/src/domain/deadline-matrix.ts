import {
  CountyDeadlines,
  DEFAULT_COUNTY_DEADLINES,
  DEFAULT_TIMER_SETTINGS,
  DeadlineStep,
  LINKAGE_GRADES,
  StepRule,
  TimerSettings,
} from './organization.events';

const HOUR = 60;

/**
 * What a cell is when the county has not set it: the seeds' numbers (002: written feedback within 12 h for grade III
 * and above, never past 24 h; 003: grade IV the same day or within the county's default) and the platform's
 * defaults where the seeds are silent (sign for within 1 h, a first reply by half the written-feedback time — 6 h of
 * 12 — a 督办 answered within 4 h). Sign-for and first-reply defaults shrink with a short written-feedback cell, so
 * that they always come before it.
 */
function defaultCell(d: CountyDeadlines, grade: string, step: DeadlineStep, feedback?: StepRule): StepRule {
  const cell = (minutes: number, onWorkingTime = false): StepRule => ({
    grade,
    step,
    minutes,
    onWorkingTime,
  });
  switch (step) {
    case DeadlineStep.SIGN_FOR:
      return cell(Math.max(1, Math.min(HOUR, Math.floor(feedback!.minutes / 4))));
    case DeadlineStep.FIRST_REPLY:
      return cell(Math.max(1, Math.floor(feedback!.minutes / 2)), feedback!.onWorkingTime);
    case DeadlineStep.WRITTEN_FEEDBACK:
      return cell((grade === 'IV' ? d.defaultHours : d.feedbackHours) * HOUR, d.onWorkingTime);
    case DeadlineStep.HARD_CAP:
      return cell(d.hardCapHours * HOUR, d.onWorkingTime);
    case DeadlineStep.SUPERVISION_REPLY:
      return cell(4 * HOUR);
    case DeadlineStep.LETTER_RECEIPT:
      return cell(d.feedbackHours * HOUR);
  }
}

/** The county's whole grade × step matrix: its own cells over the defaults (24 cells, grades I–IV). */
export function deadlineMatrix(d: CountyDeadlines | null): (StepRule & { custom: boolean })[] {
  const policy = d ?? DEFAULT_COUNTY_DEADLINES;
  const own = new Map((policy.rules ?? []).map((r) => [`${r.grade}:${r.step}`, r]));
  return LINKAGE_GRADES.flatMap((grade) => {
    const feedback =
      own.get(`${grade}:${DeadlineStep.WRITTEN_FEEDBACK}`) ??
      defaultCell(policy, grade, DeadlineStep.WRITTEN_FEEDBACK);
    return Object.values(DeadlineStep).map((step) => {
      const set = own.get(`${grade}:${step}`);
      return set
        ? { ...set, custom: true }
        : { ...defaultCell(policy, grade, step, feedback), custom: false };
    });
  });
}

/** One cell; an incident not yet graded is timed as grade IV. */
export function stepRule(d: CountyDeadlines | null, grade: string | null, step: DeadlineStep): StepRule {
  const g = grade && (LINKAGE_GRADES as readonly string[]).includes(grade) ? grade : 'IV';
  const { custom: _custom, ...rule } = deadlineMatrix(d).find((r) => r.grade === g && r.step === step)!;
  void _custom;
  return rule;
}

export const timerSettings = (d: CountyDeadlines | null): TimerSettings => ({
  ...DEFAULT_TIMER_SETTINGS,
  ...(d?.timers ?? {}),
});
