import {
  DiscoveryChannel,
  EscalationTarget,
  Grade,
  IncidentField,
  IncidentNature,
  Platform,
  TaskRole,
  Veracity,
} from './incident.enums';

/** Stored event type names: explicit strings, never derived from class names. */
export const IncidentEventType = {
  Reported: 'IncidentReported',
  Assessed: 'IncidentAssessed',
  Listed: 'IncidentListed',
  WarningIssued: 'WarningIssued',
  WarningAdjusted: 'WarningAdjusted',
  WarningLifted: 'WarningLifted',
  Escalated: 'IncidentEscalated',
  LinkageActivated: 'LinkageActivated',
  LinkageMembersAdded: 'LinkageMembersAdded',
  LinkageMemberReleased: 'LinkageMemberReleased',
  JointConferenceRecorded: 'JointConferenceRecorded',
  TaskAttached: 'TaskAttached',
  TaskSettled: 'TaskSettled',
  Calmed: 'IncidentCalmed',
  Closed: 'IncidentClosed',
  Reopened: 'IncidentReopened',
  ReviewFiled: 'IncidentReviewFiled',
  AccountabilityRecorded: 'AccountabilityRecorded',
  ResponsibilityNamed: 'IncidentResponsibilityNamed',
  TakenUpLocally: 'IncidentTakenUpLocally',
  TakenOver: 'IncidentTakenOver',
  Supplemented: 'IncidentSupplemented',
  SpreadReadingRecorded: 'IncidentSpreadReadingRecorded',
  ReassessmentSuggested: 'IncidentReassessmentSuggested',
} as const;

export const INCIDENT_STREAM_TYPE = 'Incident';

export function incidentStreamId(incidentId: string): string {
  return `incident-${incidentId}`;
}

export interface SpreadFigures {
  posts: number;
  reposts: number;
  comments: number;
  views: number;
  /** Number of mainstream media outlets that picked the story up. */
  mainstreamMediaPickups: number;
}

export interface IncidentReportedData {
  incidentId: string;
  channel: DiscoveryChannel;
  platform: Platform;
  urls: string[];
  title: string;
  excerpt: string;
  discoveredAt: string;
  spread: SpreadFigures;
  /** 涉密: notifications and subscriptions carry only a reference (002). */
  confidential: boolean;
  reportingUnitId: string;
  /** A village's report also goes to its township's office (000 §三1); absent for any other reporter. */
  townshipUnitId?: string;
  /** The county of the registering unit (schema v2; v1 events read as null). */
  countyId: string | null;
  reportedBy: string;
  reportedAt: string;
}

export interface IncidentAssessedData {
  incidentId: string;
  nature: IncidentNature;
  veracity: Veracity;
  field: IncidentField;
  grade: Grade;
  /** Indicators the judgement rests on (e.g. repost counts, sensitivity). */
  indicators: string[];
  reasoning: string;
  previousGrade: Grade | null;
  /** 1 for the first assessment; grading is revisable at any time (002: dynamic management). */
  revision: number;
  assessedBy: string;
  assessedAt: string;
}

/** Who did it, when: on every event after registration. */
interface Stamp {
  incidentId: string;
  by: string;
  byUnit: string;
  at: string;
}

/** 列单: the incident enters the disposal list (004 §五(二)). */
export interface IncidentListedData extends Stamp {
  requirements: string;
}

/** Warning content (002): object, level, start time, possible scope, matters, measures, issuing unit. */
export interface WarningContent {
  level: Grade;
  object: string;
  startAt: string;
  scope: string;
  /** The units named in the scope, whom the warning reaches (002 预警发布); absent on warnings issued before. */
  scopeUnitIds?: string[];
  matters: string;
  measures: string;
}

export interface WarningIssuedData extends Stamp, WarningContent {
  issuingUnitId: string;
}

export interface WarningAdjustedData extends Stamp, WarningContent {
  previousLevel: Grade;
  reason: string;
}

export interface WarningLiftedData extends Stamp {
  reason: string;
}

export interface IncidentEscalatedData extends Stamp {
  to: EscalationTarget[];
  summary: string;
  /** The unit that receives it when it goes to the city. */
  cityOfficeUnitId: string | null;
}

/** "1+3+N" (004 §五(二)): the propaganda department leads, three take part, N involved units join. */
export interface LinkageActivatedData extends Stamp {
  leadUnitId: string;
  coreUnitIds: string[];
  memberUnitIds: string[];
  /** Activated below the county's threshold grade by decision, with the reason. */
  byDecision: boolean;
  reason: string;
}

export interface LinkageMembersAddedData extends Stamp {
  unitIds: string[];
}

export interface LinkageMemberReleasedData extends Stamp {
  unitId: string;
  reason: string;
}

export interface JointConferenceRecordedData extends Stamp {
  conferenceId: string;
  heldAt: string;
  participants: string[];
  participantUnitIds: string[];
  decisions: string[];
  followUpTaskIds: string[];
}

/** A task (工单) was dispatched for this incident: its unit may now see the incident. */
export interface TaskAttachedData extends Stamp {
  taskId: string;
  unitId: string;
  role: TaskRole;
  parentTaskId: string | null;
}

/** A task was struck off (销号) or cancelled: it no longer holds the incident open. */
export interface TaskSettledData extends Stamp {
  taskId: string;
  outcome: 'ACCEPTED' | 'CANCELLED';
}

export interface IncidentCalmedData extends Stamp {
  note: string;
}

export interface IncidentClosedData extends Stamp {
  summary: string;
}

export interface IncidentReopenedData extends Stamp {
  reason: string;
}

/** Post-incident review (001/002/003 总结评估): cause, spread, result, experience, problems. */
export interface IncidentReviewFiledData extends Stamp {
  cause: string;
  spread: string;
  result: string;
  experience: string;
  problems: string;
}

export interface AccountabilityFinding {
  unitId: string;
  /** The person held to account, by name as they were then; `userId` when they are a person in the platform. */
  person: string | null;
  userId?: string | null;
  finding: string;
  measure: string;
}

export interface AccountabilityRecordedData extends Stamp {
  findings: AccountabilityFinding[];
}

/** A person who answers for an incident, with their name and post as they were when named. */
export interface IncidentPerson {
  userId: string;
  unitId: string;
  name: string;
  /** 职务 for a county leader (县长, 分管副县长 …); null for the 专人. */
  post: string | null;
}

/**
 * 包保领导 and 专人跟踪 (000 §六3 领导包保、责任到人; 003 §二(三) 落实专人动态跟踪): who answers for the incident. Either
 * or both are named in one step; the one not named stays as it was.
 */
export interface IncidentResponsibilityNamedData extends Stamp {
  guarantor: IncidentPerson | null;
  tracker: IncidentPerson | null;
}

/** 乡镇自行处置 (000 §三; 001 §三): a township runs the loop itself for a grade-IV incident of its villages. */
export interface IncidentTakenUpLocallyData extends Stamp {
  townshipUnitId: string;
}

/** 县中心接管: the county centre takes the incident back from the township that handled it. */
export interface IncidentTakenOverData extends Stamp {
  fromUnitId: string;
  reason: string;
}

/** 补充情况: what a unit working the incident (a township for its village's report) adds that it knows. */
export interface IncidentSupplementedData extends Stamp {
  text: string;
}

/**
 * 传播数据: later figures for the incident, added beside the first (never overwriting them) — by the centre from what
 * it sees, or from a monitor's later reading of a post the incident took in from 舆情线索.
 */
export interface IncidentSpreadReadingRecordedData extends Stamp {
  spread: SpreadFigures;
  /** When the figures were read (the monitor's time, or the person's). */
  observedAt: string;
  /** Who read them: the monitor's source name, or null when a person entered them. */
  sourceName: string | null;
  /** The 舆情线索 the reading came with, if any. */
  intakeItemId: string | null;
}

/**
 * The spread has reached a more severe grade's criteria than the incident's grade (the county's 分级标准): the centre
 * is asked to assess again (002 动态管理). Said once per grade until the next assessment.
 */
export interface IncidentReassessmentSuggestedData extends Stamp {
  /** The grade the incident has (null: not assessed yet). */
  grade: Grade | null;
  suggestedGrade: Grade;
  reasons: {
    figure: 'posts' | 'comments' | 'views' | 'mainstreamMediaPickups';
    value: number;
    threshold: number;
  }[];
}

export type IncidentEvent =
  | { type: typeof IncidentEventType.Reported; data: IncidentReportedData }
  | { type: typeof IncidentEventType.Assessed; data: IncidentAssessedData }
  | { type: typeof IncidentEventType.Listed; data: IncidentListedData }
  | { type: typeof IncidentEventType.WarningIssued; data: WarningIssuedData }
  | { type: typeof IncidentEventType.WarningAdjusted; data: WarningAdjustedData }
  | { type: typeof IncidentEventType.WarningLifted; data: WarningLiftedData }
  | { type: typeof IncidentEventType.Escalated; data: IncidentEscalatedData }
  | { type: typeof IncidentEventType.LinkageActivated; data: LinkageActivatedData }
  | { type: typeof IncidentEventType.LinkageMembersAdded; data: LinkageMembersAddedData }
  | { type: typeof IncidentEventType.LinkageMemberReleased; data: LinkageMemberReleasedData }
  | { type: typeof IncidentEventType.JointConferenceRecorded; data: JointConferenceRecordedData }
  | { type: typeof IncidentEventType.TaskAttached; data: TaskAttachedData }
  | { type: typeof IncidentEventType.TaskSettled; data: TaskSettledData }
  | { type: typeof IncidentEventType.Calmed; data: IncidentCalmedData }
  | { type: typeof IncidentEventType.Closed; data: IncidentClosedData }
  | { type: typeof IncidentEventType.Reopened; data: IncidentReopenedData }
  | { type: typeof IncidentEventType.ReviewFiled; data: IncidentReviewFiledData }
  | { type: typeof IncidentEventType.ResponsibilityNamed; data: IncidentResponsibilityNamedData }
  | { type: typeof IncidentEventType.TakenUpLocally; data: IncidentTakenUpLocallyData }
  | { type: typeof IncidentEventType.TakenOver; data: IncidentTakenOverData }
  | { type: typeof IncidentEventType.Supplemented; data: IncidentSupplementedData }
  | { type: typeof IncidentEventType.SpreadReadingRecorded; data: IncidentSpreadReadingRecordedData }
  | { type: typeof IncidentEventType.ReassessmentSuggested; data: IncidentReassessmentSuggestedData }
  | { type: typeof IncidentEventType.AccountabilityRecorded; data: AccountabilityRecordedData };
