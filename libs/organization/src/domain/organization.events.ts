import { Role, UnitKind } from '@app/access/domain';
import { CalendarFile } from '@app/calendar/domain';

export const OrganizationEventType = {
  UnitRegistered: 'UnitRegistered',
  UnitUpdated: 'UnitUpdated',
  UnitDeactivated: 'UnitDeactivated',
  UnitReactivated: 'UnitReactivated',
  UnitDocumentCodeSet: 'UnitDocumentCodeSet',
  CountyEstablished: 'CountyEstablished',
  LinkageRolesAssigned: 'LinkageRolesAssigned',
  SecurityPolicySet: 'SecurityPolicySet',
  LinkageFieldRulesSet: 'LinkageFieldRulesSet',
  DeadlinePolicySet: 'DeadlinePolicySet',
  LinkageThresholdSet: 'LinkageThresholdSet',
  HolidayCalendarLoaded: 'HolidayCalendarLoaded',
  GradeScalesSet: 'GradeScalesSet',
  SpreadCriteriaSet: 'SpreadCriteriaSet',
} as const;

export const UNIT_STREAM_TYPE = 'Unit';
export const COUNTY_STREAM_TYPE = 'County';
export const unitStreamId = (unitId: string) => `unit-${unitId}`;
export const countyStreamId = (countyId: string) => `county-${countyId}`;

export interface UnitRegisteredData {
  unitId: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
  countyId: string | null;
  registeredBy: string;
}

export interface UnitUpdatedData {
  unitId: string;
  name: string;
  parentId: string | null;
  previousName: string;
  previousParentId: string | null;
  updatedBy: string;
}

/** 停用: a unit merged away or reorganised (撤乡并镇, 机构改革) stops taking work; its history stays. */
export interface UnitDeactivatedData {
  unitId: string;
  reason: string;
  deactivatedBy: string;
}

export interface UnitReactivatedData {
  unitId: string;
  reactivatedBy: string;
}

/**
 * 机关代字: the short name a unit's 发文字号 begins with (清水网信 in 清水网信〔2026〕3号, GB/T 9704-2012 §7.2.4), set by its
 * administrator. A change applies to documents issued after it; those issued before keep the number they were given.
 */
export interface UnitDocumentCodeSetData {
  unitId: string;
  code: string;
  previousCode: string | null;
  setBy: string;
}

export interface CountyEstablishedData {
  countyId: string;
  name: string;
  cityOfficeUnitId: string | null;
  establishedBy: string;
}

/** The "1+3" of a county's linkage (004 §五(二)): who leads, who always takes part. */
export interface LinkageRoles {
  propagandaUnitId: string;
  cyberspaceUnitId: string;
  policeUnitId: string;
  stateSecurityUnitId: string;
}

export interface LinkageRolesAssignedData extends LinkageRoles {
  countyId: string;
  assignedBy: string;
}

/** Graded protection (等级保护 2.0, level 3): roles that must sign in with a second factor. */
export interface SecurityPolicySetData {
  countyId: string;
  requireTotpRoles: Role[];
  setBy: string;
}

/** Which bureaus an incident's field brings into the linkage as "N" (e.g. 征地拆迁 → the land bureau). */
export interface LinkageFieldRule {
  field: string;
  unitIds: string[];
}

export interface LinkageFieldRulesSetData {
  countyId: string;
  rules: LinkageFieldRule[];
  setBy: string;
}

/**
 * A unit's own scale of 舆情 grades (seed 002's 小微/中级/重大, 003's 一般/重大/特大), which the county maps onto its
 * four grades I–IV: each grade falls in exactly one level. The units that use it see their level beside the grade.
 */
export interface GradeScale {
  name: string;
  /** From the mildest up; `grades` are the county grades (I–IV) this level stands for. */
  levels: { label: string; grades: string[] }[];
  unitIds: string[];
}

export interface GradeScalesSetData {
  countyId: string;
  scales: GradeScale[];
  setBy: string;
}

/**
 * The spread an incident of a grade reaches (001 §四(三), 003 §三: 发帖量、跟帖量、点击率, 主流媒体介入): reaching any one
 * figure of a grade's row puts the spread at that grade. A figure left null is not a criterion of that grade.
 * Grade IV needs no row: it is every spread below III.
 */
export interface SpreadCriterion {
  grade: string;
  posts: number | null;
  comments: number | null;
  views: number | null;
  mainstreamMediaPickups: number | null;
}

/**
 * The seeds grade by words, not numbers (一般: 少量围观、未有主流媒体介入; 重大: 主流媒体介入报道 …); these figures are the
 * platform's starting point, in force until a county sets its own — the centre is expected to set them.
 */
export const DEFAULT_SPREAD_CRITERIA: SpreadCriterion[] = [
  { grade: 'I', posts: 1000, comments: 20000, views: 5_000_000, mainstreamMediaPickups: 5 },
  { grade: 'II', posts: 200, comments: 5000, views: 1_000_000, mainstreamMediaPickups: 1 },
  { grade: 'III', posts: 50, comments: 1000, views: 100_000, mainstreamMediaPickups: null },
];

export interface SpreadCriteriaSetData {
  countyId: string;
  criteria: SpreadCriterion[];
  setBy: string;
}

/**
 * A county's deadlines for the loop (002, 003): written feedback within `feedbackHours` of dispatch for grade III and
 * above, never past `hardCapHours` even with an extension; grade IV inquiries answered the same day; other grade IV
 * work within `defaultHours`.
 */
export interface CountyDeadlines {
  feedbackHours: number;
  hardCapHours: number;
  defaultHours: number;
  sameDayForInquiries: boolean;
  /** Hours count office hours of working days (the county's holiday calendar, with 调休) instead of the clock. */
  onWorkingTime: boolean;
  /**
   * The least time a unit is given for a same-day reply, in office minutes of working days: an inquiry dispatched
   * when less of the day is left (at 23:27, say) is due once the unit has had that much working time instead of
   * at midnight. 0 takes "the same day" literally. Absent: the default (DEFAULT_SAME_DAY_LEAST_MINUTES).
   */
  sameDayLeastMinutes?: number;
  /** Cells of the grade × step matrix the county set itself (the rest follow from the numbers above). */
  rules?: StepRule[];
  /** When reminders and flash reports go (absent: the defaults). */
  timers?: Partial<TimerSettings>;
  /** 1 for the county's first policy, +1 for each change: tasks record the version they were dispatched under. */
  version?: number;
}

/** The steps of the loop a county times (issue 5). */
export const DeadlineStep = {
  SIGN_FOR: 'SIGN_FOR',
  FIRST_REPLY: 'FIRST_REPLY',
  WRITTEN_FEEDBACK: 'WRITTEN_FEEDBACK',
  HARD_CAP: 'HARD_CAP',
  SUPERVISION_REPLY: 'SUPERVISION_REPLY',
  LETTER_RECEIPT: 'LETTER_RECEIPT',
} as const;
export type DeadlineStep = (typeof DeadlineStep)[keyof typeof DeadlineStep];

export const DEADLINE_STEP_LABELS: Record<DeadlineStep, { zh: string; en: string }> = {
  SIGN_FOR: { zh: '签收', en: 'Sign for a task' },
  FIRST_REPLY: { zh: '首次报送办理意见', en: 'First reply (handling opinion)' },
  WRITTEN_FEEDBACK: { zh: '书面反馈', en: 'Written feedback' },
  HARD_CAP: { zh: '最长时限（含延期）', en: 'Hard limit (extensions included)' },
  SUPERVISION_REPLY: { zh: '督办回复', en: 'Reply to a supervision notice' },
  LETTER_RECEIPT: { zh: '风险提示函签收', en: 'Risk letter receipt' },
};

/** One cell of the matrix: for incidents of this grade, this step is due so many minutes later. */
export interface StepRule {
  grade: string;
  step: DeadlineStep;
  minutes: number;
  /** Counts office hours of working days (holidays and 调休 from the county's calendar) instead of the clock. */
  onWorkingTime: boolean;
}

/**
 * When the platform's timers act (issue 5): a reminder at a share of the time and again shortly before the
 * deadline, and how long a registered incident may stay unassessed before a 舆情快报 to the leaders.
 */
export interface TimerSettings {
  remindAtPercent: number;
  remindBeforeMinutes: number;
  flashMinutes: number;
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  remindAtPercent: 75,
  remindBeforeMinutes: 60,
  flashMinutes: 60,
};

/**
 * The least working time a same-day reply is given by default: one office hour. 003 wants a handling opinion at
 * once where it can be given (能当即回复的要当即回复) and otherwise within the day it was found, so the least time must
 * not lengthen any reply the office day still has room for; it only replaces the minutes before midnight when
 * nobody is at work. One office hour — what the platform already gives a unit to sign for a task — puts an inquiry
 * dispatched at 23:27 at 09:30 the next working morning, and leaves every inquiry dispatched on a working day before
 * 16:30 due that same day. 002's 12 hours are for written feedback on grade III and above, not a handling opinion.
 */
export const DEFAULT_SAME_DAY_LEAST_MINUTES = 60;

/** What the seeds prescribe, in force until a county sets its own. */
export const DEFAULT_COUNTY_DEADLINES: CountyDeadlines = {
  feedbackHours: 12,
  hardCapHours: 24,
  defaultHours: 24,
  sameDayForInquiries: true,
  onWorkingTime: false,
  sameDayLeastMinutes: DEFAULT_SAME_DAY_LEAST_MINUTES,
};

export interface DeadlinePolicySetData extends CountyDeadlines {
  countyId: string;
  setBy: string;
}

/** Grades, most severe first; kept as strings here (the incidents library owns their meaning). */
export const LINKAGE_GRADES = ['I', 'II', 'III', 'IV'] as const;
/** DOMAIN §4: linkage for grade II and above unless the county sets otherwise. */
export const DEFAULT_LINKAGE_THRESHOLD = 'II';

/** From which grade on an incident calls for the "1+3+N" linkage without a separate decision (DOMAIN §4). */
export interface LinkageThresholdSetData {
  countyId: string;
  grade: string;
  setBy: string;
}

/** A county's holiday calendar for the years it names (replacing those years), with its office hours. */
export interface HolidayCalendarLoadedData {
  countyId: string;
  calendar: CalendarFile;
  loadedBy: string;
}

export type UnitEvent =
  | { type: typeof OrganizationEventType.UnitRegistered; data: UnitRegisteredData }
  | { type: typeof OrganizationEventType.UnitUpdated; data: UnitUpdatedData }
  | { type: typeof OrganizationEventType.UnitDeactivated; data: UnitDeactivatedData }
  | { type: typeof OrganizationEventType.UnitReactivated; data: UnitReactivatedData }
  | { type: typeof OrganizationEventType.UnitDocumentCodeSet; data: UnitDocumentCodeSetData };

export type CountyEvent =
  | { type: typeof OrganizationEventType.CountyEstablished; data: CountyEstablishedData }
  | { type: typeof OrganizationEventType.LinkageRolesAssigned; data: LinkageRolesAssignedData }
  | { type: typeof OrganizationEventType.SecurityPolicySet; data: SecurityPolicySetData }
  | { type: typeof OrganizationEventType.LinkageFieldRulesSet; data: LinkageFieldRulesSetData }
  | { type: typeof OrganizationEventType.DeadlinePolicySet; data: DeadlinePolicySetData }
  | { type: typeof OrganizationEventType.LinkageThresholdSet; data: LinkageThresholdSetData }
  | { type: typeof OrganizationEventType.HolidayCalendarLoaded; data: HolidayCalendarLoadedData }
  | { type: typeof OrganizationEventType.GradeScalesSet; data: GradeScalesSetData }
  | { type: typeof OrganizationEventType.SpreadCriteriaSet; data: SpreadCriteriaSetData };
