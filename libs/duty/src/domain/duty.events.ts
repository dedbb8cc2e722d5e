import { LocalizedMessage } from '@app/kernel';

export const DutyEventType = {
  ShiftAssigned: 'DutyShiftAssigned',
  ShiftCancelled: 'DutyShiftCancelled',
  LogRecorded: 'DutyLogRecorded',
} as const;

export const DUTY_ROSTER_STREAM_TYPE = 'DutyRoster';
export const DUTY_LOG_STREAM_TYPE = 'DutyLog';
export const dutyRosterStreamId = (unitId: string) => `duty-roster-${unitId}`;
export const dutyLogStreamId = (unitId: string) => `duty-log-${unitId}`;

/** What a duty log line is (值班日志): what was seen, what was done, what was handed over at the change of shift. */
export enum DutyLogKind {
  OBSERVATION = 'OBSERVATION',
  ACTION = 'ACTION',
  HANDOVER = 'HANDOVER',
}
export const DUTY_LOG_KIND_LABELS: Record<DutyLogKind, LocalizedMessage> = {
  OBSERVATION: { zh: '监测发现', en: 'Observed' },
  ACTION: { zh: '处置情况', en: 'Done' },
  HANDOVER: { zh: '交接班', en: 'Handover' },
};

/**
 * The post a shift is stood at: the leader on duty (带班领导) who takes charge when something happens, or a duty
 * officer (值班员) who watches and records (000: 党政班子成员…轮流值班, 遇到紧急事件由党政一把手统一坐阵指挥).
 */
export enum DutyPost {
  LEADING = 'LEADING',
  OFFICER = 'OFFICER',
}
export const DUTY_POST_LABELS: Record<DutyPost, LocalizedMessage> = {
  LEADING: { zh: '带班领导', en: 'Leader on duty' },
  OFFICER: { zh: '值班员', en: 'Duty officer' },
};

export interface DutyShiftAssignedData {
  shiftId: string;
  unitId: string;
  countyId: string | null;
  userId: string;
  userName: string;
  startsAt: string;
  endsAt: string;
  /** Absent in shifts rostered before posts were recorded: those were duty officers' shifts. */
  post?: DutyPost;
  note: string;
  by: string;
  at: string;
}

export interface DutyShiftCancelledData {
  shiftId: string;
  unitId: string;
  reason: string;
  by: string;
  at: string;
}

export interface DutyLogRecordedData {
  entryId: string;
  unitId: string;
  countyId: string | null;
  userId: string;
  userName: string;
  kind: DutyLogKind;
  text: string;
  incidentId: string | null;
  /** Whether the writer was on the roster at that moment (a log is kept either way). */
  onDuty: boolean;
  at: string;
}

export type DutyRosterEvent =
  | { type: typeof DutyEventType.ShiftAssigned; data: DutyShiftAssignedData }
  | { type: typeof DutyEventType.ShiftCancelled; data: DutyShiftCancelledData };
