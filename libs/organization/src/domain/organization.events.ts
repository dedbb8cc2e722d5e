import { Role, UnitKind } from '@app/access';
import { CalendarFile } from '@app/calendar';

export const OrganizationEventType = {
  UnitRegistered: 'UnitRegistered',
  UnitUpdated: 'UnitUpdated',
  CountyEstablished: 'CountyEstablished',
  LinkageRolesAssigned: 'LinkageRolesAssigned',
  SecurityPolicySet: 'SecurityPolicySet',
  LinkageFieldRulesSet: 'LinkageFieldRulesSet',
  DeadlinePolicySet: 'DeadlinePolicySet',
  LinkageThresholdSet: 'LinkageThresholdSet',
  HolidayCalendarLoaded: 'HolidayCalendarLoaded',
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
}

/**
 * When the platform's timers act (issue 5): a reminder at a share of the time and again shortly before the
 * deadline, a reminder to sign for a task, the reply time of the automatic 督办 (and of a letter's 催签) before it
 * is raised to the leaders, and how long a registered incident may stay unassessed before a 舆情快报 to the leaders.
 */
export interface TimerSettings {
  remindAtPercent: number;
  remindBeforeMinutes: number;
  signForMinutes: number;
  supervisionReplyMinutes: number;
  flashMinutes: number;
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  remindAtPercent: 75,
  remindBeforeMinutes: 60,
  signForMinutes: 60,
  supervisionReplyMinutes: 240,
  flashMinutes: 60,
};

/** What the seeds prescribe, in force until a county sets its own. */
export const DEFAULT_COUNTY_DEADLINES: CountyDeadlines = {
  feedbackHours: 12,
  hardCapHours: 24,
  defaultHours: 24,
  sameDayForInquiries: true,
  onWorkingTime: false,
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
  | { type: typeof OrganizationEventType.UnitUpdated; data: UnitUpdatedData };

export type CountyEvent =
  | { type: typeof OrganizationEventType.CountyEstablished; data: CountyEstablishedData }
  | { type: typeof OrganizationEventType.LinkageRolesAssigned; data: LinkageRolesAssignedData }
  | { type: typeof OrganizationEventType.SecurityPolicySet; data: SecurityPolicySetData }
  | { type: typeof OrganizationEventType.LinkageFieldRulesSet; data: LinkageFieldRulesSetData }
  | { type: typeof OrganizationEventType.DeadlinePolicySet; data: DeadlinePolicySetData }
  | { type: typeof OrganizationEventType.LinkageThresholdSet; data: LinkageThresholdSetData }
  | { type: typeof OrganizationEventType.HolidayCalendarLoaded; data: HolidayCalendarLoadedData };
