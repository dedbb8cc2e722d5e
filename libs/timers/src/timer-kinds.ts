import { LocalizedMessage } from '@app/kernel';

/** What a timer does when it falls due. */
export const TimerKind = {
  TASK_SIGN_FOR: 'TASK_SIGN_FOR',
  TASK_FIRST_REPLY: 'TASK_FIRST_REPLY',
  TASK_NEARLY_DUE: 'TASK_NEARLY_DUE',
  TASK_OVERDUE: 'TASK_OVERDUE',
  TASK_ESCALATE: 'TASK_ESCALATE',
  LETTER_CHASE: 'LETTER_CHASE',
  LETTER_ESCALATE: 'LETTER_ESCALATE',
  INCIDENT_UNASSESSED: 'INCIDENT_UNASSESSED',
  INCIDENT_MAJOR: 'INCIDENT_MAJOR',
  MESSAGE_REPLY_NEARLY_DUE: 'MESSAGE_REPLY_NEARLY_DUE',
  MESSAGE_REPLY_OVERDUE: 'MESSAGE_REPLY_OVERDUE',
} as const;
export type TimerKind = (typeof TimerKind)[keyof typeof TimerKind];

export const TIMER_KIND_LABELS: Record<TimerKind, LocalizedMessage> = {
  TASK_SIGN_FOR: { zh: '签收提醒', en: 'Reminder to sign for a task' },
  TASK_FIRST_REPLY: { zh: '办理意见提醒', en: 'Reminder to give a first reply' },
  TASK_NEARLY_DUE: { zh: '临期提醒', en: 'Nearly-due reminder' },
  TASK_OVERDUE: { zh: '超时督办', en: 'Overdue: automatic supervision' },
  TASK_ESCALATE: { zh: '督办逾期升级', en: 'Escalation after supervision' },
  LETTER_CHASE: { zh: '提示函催签', en: 'Chasing a risk letter receipt' },
  LETTER_ESCALATE: { zh: '提示函逾期升级', en: 'Escalation of an unsigned letter' },
  INCIDENT_UNASSESSED: { zh: '未研判快报', en: 'Flash report: not yet assessed' },
  INCIDENT_MAJOR: { zh: '重大舆情快报', en: 'Flash report: major incident' },
  MESSAGE_REPLY_NEARLY_DUE: { zh: '留言回复临期提醒', en: 'A message’s reply nearly due' },
  MESSAGE_REPLY_OVERDUE: { zh: '留言回复超期', en: 'A message’s reply overdue' },
};

export type SubjectType = 'TASK' | 'LETTER' | 'INCIDENT' | 'INTAKE_ITEM';

/** What happened when a due timer ran. */
export const TimerOutcome = {
  /** It acted: its event is in the log. */
  FIRED: 'FIRED',
  /** Overtaken by events (signed, handed in, assessed …) or acted already: nothing to do. */
  NOTHING_TO_DO: 'NOTHING_TO_DO',
  /** Replaced before it fell due (a new deadline) or its subject closed. */
  DISARMED: 'DISARMED',
} as const;
export type TimerOutcome = (typeof TimerOutcome)[keyof typeof TimerOutcome];

/** Timers a subject has at most once, whatever policy timed them: their id names no time. */
const ONCE: TimerKind[] = [TimerKind.INCIDENT_UNASSESSED, TimerKind.LETTER_ESCALATE];

/**
 * A timer's id says what it is for and when, so arming the same thing twice is one timer. Times that come from the
 * county's current policy rather than from the event (the flash window, a chased letter's escalation) stay out of
 * it, so a rebuild under a changed policy re-arms the same timer instead of a second one.
 */
export const timerId = (kind: TimerKind, subjectId: string, dueAt: Date | string, n = 0) =>
  ONCE.includes(kind)
    ? `${kind}:${subjectId}`
    : `${kind}:${subjectId}:${typeof dueAt === 'string' ? dueAt : dueAt.toISOString()}${n ? `:${n}` : ''}`;
