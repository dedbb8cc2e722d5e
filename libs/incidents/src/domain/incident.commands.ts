import { DecisionContext as KernelDecisionContext } from '@app/kernel';
import { EscalationTarget, Grade, TaskRole } from './incident.enums';
import { AccountabilityFinding, IncidentPerson, SpreadFigures } from './incident.events';
import { SpreadThreshold } from './spread-grade';
import { AssessIncidentInput, ReportIncidentInput } from './incident.validation';

/**
 * Who decides and when: arrives with the command, so the decider never reads a clock. The kernel's one shape, with
 * the actor's county required (linkage and escalation rules read it).
 */
export type DecisionContext = KernelDecisionContext & { actorCountyId: string | null };

/** Facts about the county a linkage decision needs (its "1+3" and threshold). */
export interface LinkageFacts {
  propagandaUnitId: string | null;
  coreUnitIds: string[];
  /** Linkage is activated from this grade up, or below it by decision (county policy; default II). */
  thresholdGrade: Grade;
}

export type IncidentCommand = { incidentId: string; context: DecisionContext } & (
  | { type: 'ReportIncident'; input: ReportIncidentInput; townshipUnitId?: string | null }
  | { type: 'AssessIncident'; input: AssessIncidentInput }
  | { type: 'ListIncident'; requirements: string }
  | { type: 'IssueWarning'; warning: WarningInput }
  | { type: 'AdjustWarning'; warning: WarningInput; reason: string }
  | { type: 'LiftWarning'; reason: string }
  | {
      type: 'EscalateIncident';
      to: EscalationTarget[];
      summary: string;
      cityOfficeUnitId: string | null;
      byCountyCentre: boolean;
    }
  | {
      type: 'ActivateLinkage';
      memberUnitIds: string[];
      byDecision: boolean;
      reason: string;
      facts: LinkageFacts;
    }
  | { type: 'AddLinkageMembers'; unitIds: string[] }
  | { type: 'ReleaseLinkageMember'; unitId: string; reason: string }
  | {
      type: 'RecordJointConference';
      conferenceId: string;
      heldAt: Date;
      participants: string[];
      participantUnitIds: string[];
      decisions: string[];
      /** Tasks dispatched from the conference, attached to the incident in the same step. */
      followUps: { taskId: string; unitId: string; role: TaskRole }[];
    }
  | { type: 'AttachTask'; taskId: string; unitId: string; role: TaskRole; parentTaskId: string | null }
  | { type: 'SettleTask'; taskId: string; outcome: 'ACCEPTED' | 'CANCELLED' }
  | { type: 'MarkIncidentCalmed'; note: string }
  | { type: 'CloseIncident'; summary: string }
  | { type: 'ReopenIncident'; reason: string }
  | {
      type: 'FileIncidentReview';
      cause: string;
      spread: string;
      result: string;
      experience: string;
      problems: string;
    }
  | { type: 'RecordAccountability'; findings: AccountabilityFinding[] }
  /** The people are looked up by the handler (the roster, the unit's members); null leaves that one as it is. */
  | { type: 'NameIncidentResponsibility'; guarantor: IncidentPerson | null; tracker: IncidentPerson | null }
  /** The acting unit is the township (the policy checked it may). */
  | { type: 'HandleLocally' }
  | { type: 'TakeOverIncident'; reason: string }
  | { type: 'SupplementIncident'; text: string }
  | {
      type: 'RecordSpreadReading';
      spread: SpreadFigures;
      observedAt: Date;
      sourceName: string | null;
      intakeItemId: string | null;
      /** The county's criteria in force (the handler reads them). */
      criteria: SpreadThreshold[];
    }
);

export interface WarningInput {
  level: Grade;
  object: string;
  startAt: Date;
  scope: string;
  scopeUnitIds?: string[];
  matters: string;
  measures: string;
}

/** One variant of the command union, by its type. */
export type IncidentCommandOf<T extends IncidentCommand['type']> = Extract<IncidentCommand, { type: T }>;
