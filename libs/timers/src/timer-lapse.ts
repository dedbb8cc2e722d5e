import { Decider } from '@app/event-store';
import { SubjectType, TimerKind } from './timer-kinds';

/**
 * A due timer that found nothing to do (the task was signed meanwhile, the deadline passed before a reminder ran,
 * the incident was assessed). Recorded in the log, not only in the schedule, so that the schedule is a function of
 * the log: rebuilt, it holds the same timers closed (issue 17), and a timer armed again later (work sent back)
 * is open again in both. One stream per timer; it may lapse more than once, between re-armings.
 */
export const TIMER_LAPSED = 'TimerLapsed';
export const TIMER_LAPSE_STREAM_TYPE = 'TimerLapse';
export const timerLapseStreamId = (timerId: string) => `lapse-${timerId}`;

export interface TimerLapsedData {
  timerId: string;
  kind: TimerKind;
  subjectType: SubjectType;
  subjectId: string;
  dueAt: string;
  /** When the timer ran (domain clock). */
  at: string;
}

export type LapseCommand = { type: 'LapseTimer'; lapse: TimerLapsedData };
export type LapseEvent = { type: typeof TIMER_LAPSED; data: TimerLapsedData };

export const timerLapseDecider: Decider<LapseCommand, LapseEvent, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: (c) => [{ type: TIMER_LAPSED, data: c.lapse }],
};
