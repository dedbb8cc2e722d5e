import { Grade, gradeAtLeast, IncidentNature } from '@app/incidents/domain';
import {
  CountyDeadlines,
  DEFAULT_COUNTY_DEADLINES,
  DEFAULT_SAME_DAY_LEAST_MINUTES,
  deadlineMatrix,
  DeadlineStep,
  StepRule,
  stepRule,
  TimerSettings,
  timerSettings,
} from '@app/organization/domain';
import { HolidayCalendar } from '@app/calendar/domain';
import { DeadlineRule } from './task.enums';

/**
 * A county's deadline policy (002, 003): written feedback within 12 h of the prompt for grade III and above, never
 * later than 24 h; an inquiry (grade IV) gets a handling opinion the same day. Counties may change the numbers.
 */
export interface DeadlinePolicy {
  feedbackHours: number;
  hardCapHours: number;
  /** Grade IV that is not an inquiry. */
  defaultHours: number;
  /** Grade IV inquiries: by the end of the dispatch day. */
  sameDayForInquiries: boolean;
  /** …but never sooner than this much working time after dispatch (office minutes; 0: the day, literally). */
  sameDayLeastMinutes: number;
  /** The county's civil time zone, for "the same day". */
  timeZone: string;
  /** Set by the county (otherwise the seeds' defaults). */
  countySet: boolean;
  /** Hours count office hours of working days (holidays and 调休 from the county's calendar). */
  onWorkingTime: boolean;
  /** The county's own cells of the grade × step matrix; the rest follow from the numbers above. */
  rules?: StepRule[];
  timers?: Partial<TimerSettings>;
  /** 0 for the defaults, then +1 per change. */
  version: number;
}

/**
 * The rule in force when a task was dispatched, kept on the task for auditors (the task keeps its deadline): the
 * policy's version, its numbers, the matrix row of the task's grade, and the reminder settings.
 */
export interface DeadlinePolicyInForce {
  feedbackHours: number;
  hardCapHours: number;
  defaultHours: number;
  sameDayForInquiries: boolean;
  /** Absent on tasks dispatched before the least time existed (the day was taken literally). */
  sameDayLeastMinutes?: number;
  countySet: boolean;
  onWorkingTime: boolean;
  version?: number;
  /** The cells of the task's grade, each saying whether the county set it (absent before the matrix). */
  rules?: (StepRule & { custom: boolean })[];
  timers?: TimerSettings;
}

const gradeKey = (grade: string | null) => (grade && ['I', 'II', 'III', 'IV'].includes(grade) ? grade : null);

export const inForce = (p: DeadlinePolicy, grade: string | null): DeadlinePolicyInForce => ({
  feedbackHours: p.feedbackHours,
  hardCapHours: p.hardCapHours,
  defaultHours: p.defaultHours,
  sameDayForInquiries: p.sameDayForInquiries,
  sameDayLeastMinutes: p.sameDayLeastMinutes,
  countySet: p.countySet,
  onWorkingTime: p.onWorkingTime,
  version: p.version,
  rules: deadlineMatrix(p).filter((r) => r.grade === (gradeKey(grade) ?? 'IV')),
  timers: timerSettings(p),
});

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  ...DEFAULT_COUNTY_DEADLINES,
  sameDayLeastMinutes: DEFAULT_SAME_DAY_LEAST_MINUTES,
  timeZone: 'Asia/Shanghai',
  countySet: false,
  version: 0,
};

/** The policy in force in a county: its own deadlines once it has set them, the seeds' defaults until then. */
export function countyDeadlinePolicy(
  county: { deadlinePolicy: CountyDeadlines | null } | null,
): DeadlinePolicy {
  const own = county?.deadlinePolicy ?? null;
  return {
    ...DEFAULT_DEADLINE_POLICY,
    ...(own ?? {}),
    onWorkingTime: own?.onWorkingTime ?? false,
    sameDayLeastMinutes: own?.sameDayLeastMinutes ?? DEFAULT_SAME_DAY_LEAST_MINUTES,
    countySet: own !== null,
    version: own?.version ?? (own ? 1 : 0),
  };
}

/** When one step of the matrix falls due from `from`: on the clock or in the county's working time. */
export function dueAfter(rule: StepRule, from: Date, calendar?: HolidayCalendar): Date {
  return rule.onWorkingTime && calendar
    ? calendar.addWorkingMinutes(from, rule.minutes).dueAt
    : new Date(from.getTime() + rule.minutes * 60_000);
}

/** The last millisecond of `at`'s calendar day in `timeZone`. */
export function endOfDay(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  // Local wall-clock time as if it were UTC, minus the real instant: the zone's offset at that moment.
  const localAsUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const offset = localAsUtc - Math.floor(at.getTime() / 1000) * 1000;
  const endLocal = Date.UTC(get('year'), get('month') - 1, get('day'), 23, 59, 59, 999);
  return new Date(endLocal - offset);
}

export interface Deadline {
  dueAt: Date;
  /** Extensions may move the due time up to here and no further. */
  hardDueAt: Date;
  rule: DeadlineRule;
}

/**
 * The deadline of a task dispatched at `at` for an incident of this grade and nature. On working time (the county's
 * choice) hours count office hours of working days in its holiday calendar: twelve hours set on the eve of National
 * Day run after the holiday. The calendar also gives a same-day reply its least working time (without one, as in
 * some tests, the day is taken literally).
 */
export function deadlineFor(
  policy: DeadlinePolicy,
  at: Date,
  grade: Grade | null,
  nature: IncidentNature | null,
  calendar?: HolidayCalendar,
): Deadline {
  // The grade's row of the county's matrix (an ungraded incident counts as IV).
  const cell = (step: DeadlineStep) => stepRule(policy, grade, step);
  const hardDueAt = dueAfter(cell(DeadlineStep.HARD_CAP), at, calendar);
  if (gradeAtLeast(grade, Grade.III)) {
    const dueAt = dueAfter(cell(DeadlineStep.WRITTEN_FEEDBACK), at, calendar);
    // Never past the hard limit (002: never later than 24 h), however the county's cells count.
    return {
      dueAt: new Date(Math.min(dueAt.getTime(), hardDueAt.getTime())),
      hardDueAt,
      rule: DeadlineRule.WRITTEN_FEEDBACK,
    };
  }
  if (policy.sameDayForInquiries && nature === IncidentNature.INQUIRY_APPEAL) {
    const sameDay = endOfDay(at, policy.timeZone);
    // 003: a handling opinion the same day — but a unit is given at least the county's least working time, so an
    // inquiry dispatched at 23:27 is not due 32 minutes later, at night, before anyone is at work.
    const least =
      calendar && policy.sameDayLeastMinutes > 0
        ? calendar.addWorkingMinutes(at, policy.sameDayLeastMinutes).dueAt
        : null;
    if (!least || least.getTime() <= sameDay.getTime())
      return { dueAt: sameDay, hardDueAt, rule: DeadlineRule.SAME_DAY };
    const capped = dueAfter(cell(DeadlineStep.HARD_CAP), least, calendar);
    return {
      dueAt: least,
      hardDueAt: new Date(Math.max(hardDueAt.getTime(), capped.getTime())),
      rule: DeadlineRule.SAME_DAY_LEAST_TIME,
    };
  }
  const dueAt = dueAfter(cell(DeadlineStep.WRITTEN_FEEDBACK), at, calendar);
  const capped = dueAfter(cell(DeadlineStep.HARD_CAP), dueAt, calendar);
  return {
    dueAt,
    hardDueAt: new Date(Math.max(hardDueAt.getTime(), capped.getTime())),
    rule: DeadlineRule.DEFAULT,
  };
}
