import { TaskStatus } from './task.enums';

/** Work still the assignee's to hand in: these can fall late by the clock. */
const OWED: TaskStatus[] = [
  TaskStatus.DISPATCHED,
  TaskStatus.SIGNED,
  TaskStatus.IN_PROGRESS,
  TaskStatus.REWORK,
];

/** Said the same way wherever lateness is shown (Task.late, TaskCompliance.late, the dashboard's on-time rate). */
export const LATE_DEFINITION = {
  zh: '逾期：未在时限内交单——首次交单晚于时限（退回重办后再交不改变首次的判断），或至今未交单且已过时限（计至当前）',
  en: 'Late: not handed in by the due time — the first hand-in came after it (rework handed in later does not change that), or none has come and the due time has passed (counted to now)',
} as const;

export interface Lateness {
  late: boolean;
  /** How late: the first hand-in's delay, or the time since the due time while none has come. */
  lateByMinutes: number;
}

/**
 * 逾期, one definition (issue 27): a task is late when it was not handed in by its due time. The first hand-in decides
 * once it has come (a unit that handed in on time is not made late by rework sent back after the deadline); until
 * then an owed task is late from the moment its due time passes. A task returned or cancelled before any hand-in
 * was never late: nobody owed it any more.
 */
export function lateness(
  t: { status: TaskStatus; dueAt: Date; firstHandIn: Lateness | null },
  now: Date,
): Lateness {
  if (t.firstHandIn) return t.firstHandIn;
  if (OWED.includes(t.status) && now.getTime() > t.dueAt.getTime())
    return { late: true, lateByMinutes: Math.floor((now.getTime() - t.dueAt.getTime()) / 60_000) };
  return { late: false, lateByMinutes: 0 };
}
