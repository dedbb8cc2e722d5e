import { Decider } from '@app/kernel';
import { decideActivateLinkage } from './decisions/activate-linkage.decision';
import { decideAddLinkageMembers } from './decisions/add-linkage-members.decision';
import { decideAdjustWarning } from './decisions/adjust-warning.decision';
import { decideAssessIncident } from './decisions/assess-incident.decision';
import { decideAttachTask } from './decisions/attach-task.decision';
import { decideCloseIncident } from './decisions/close-incident.decision';
import { decideEscalateIncident } from './decisions/escalate-incident.decision';
import { decideFileIncidentReview } from './decisions/file-incident-review.decision';
import { decideIssueWarning } from './decisions/issue-warning.decision';
import { decideLiftWarning } from './decisions/lift-warning.decision';
import { decideListIncident } from './decisions/list-incident.decision';
import { decideNameIncidentResponsibility } from './decisions/name-incident-responsibility.decision';
import { decideHandleLocally } from './decisions/handle-locally.decision';
import { decideTakeOverIncident } from './decisions/take-over-incident.decision';
import { decideSupplementIncident } from './decisions/supplement-incident.decision';
import { decideRecordSpreadReading } from './decisions/record-spread-reading.decision';
import { decideMarkIncidentCalmed } from './decisions/mark-incident-calmed.decision';
import { decideRecordAccountability } from './decisions/record-accountability.decision';
import { decideRecordJointConference } from './decisions/record-joint-conference.decision';
import { decideReleaseLinkageMember } from './decisions/release-linkage-member.decision';
import { decideReopenIncident } from './decisions/reopen-incident.decision';
import { decideReportIncident } from './decisions/report-incident.decision';
import { decideSettleTask } from './decisions/settle-task.decision';
import { IncidentCommand, IncidentCommandOf } from './incident.commands';
import { IncidentStatus } from './incident.enums';
import { IncidentEvent, IncidentEventType } from './incident.events';
import { IncidentState, initialIncidentState } from './incident.state';

export * from './incident.commands';
export * from './incident.state';
export * from './incident.operations';

/** One pure function per command, each in `decisions/<verb-noun>.decision.ts`. */
const DECISIONS: {
  [T in IncidentCommand['type']]: (command: IncidentCommandOf<T>, state: IncidentState) => IncidentEvent[];
} = {
  ReportIncident: decideReportIncident,
  AssessIncident: decideAssessIncident,
  ListIncident: decideListIncident,
  IssueWarning: decideIssueWarning,
  AdjustWarning: decideAdjustWarning,
  LiftWarning: decideLiftWarning,
  EscalateIncident: decideEscalateIncident,
  ActivateLinkage: decideActivateLinkage,
  AddLinkageMembers: decideAddLinkageMembers,
  ReleaseLinkageMember: decideReleaseLinkageMember,
  RecordJointConference: decideRecordJointConference,
  AttachTask: decideAttachTask,
  SettleTask: decideSettleTask,
  MarkIncidentCalmed: decideMarkIncidentCalmed,
  CloseIncident: decideCloseIncident,
  ReopenIncident: decideReopenIncident,
  FileIncidentReview: decideFileIncidentReview,
  RecordAccountability: decideRecordAccountability,
  NameIncidentResponsibility: decideNameIncidentResponsibility,
  HandleLocally: decideHandleLocally,
  TakeOverIncident: decideTakeOverIncident,
  SupplementIncident: decideSupplementIncident,
  RecordSpreadReading: decideRecordSpreadReading,
};

/** Decides which events a command produces, or refuses it. Pure: state and command in, events out. */
export function decideIncident(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  // The table is keyed by the command's own type, so the variant matches; TypeScript cannot correlate the two.
  const decide = DECISIONS[command.type] as (c: IncidentCommand, s: IncidentState) => IncidentEvent[];
  return decide(command, state);
}

/** Folds one event into the state. Pure. */
export function evolveIncident(s: IncidentState, e: IncidentEvent): IncidentState {
  switch (e.type) {
    case IncidentEventType.Reported:
      return { ...s, exists: true, incidentId: e.data.incidentId, status: IncidentStatus.REGISTERED };
    case IncidentEventType.Assessed:
      return {
        ...s,
        grade: e.data.grade,
        nature: e.data.nature,
        assessments: s.assessments + 1,
        // An assessment answers any suggestion the figures made.
        suggestedGrade: null,
        // A revision keeps later states; only a fresh incident moves to ASSESSED.
        status: s.status === IncidentStatus.REGISTERED ? IncidentStatus.ASSESSED : s.status,
      };
    case IncidentEventType.Listed:
      return { ...s, listed: true, status: IncidentStatus.HANDLING };
    case IncidentEventType.WarningIssued:
      return {
        ...s,
        warning: { level: e.data.level, active: true },
        status: s.status === IncidentStatus.ASSESSED ? IncidentStatus.WARNED : s.status,
      };
    case IncidentEventType.WarningAdjusted:
      return { ...s, warning: { level: e.data.level, active: true } };
    case IncidentEventType.WarningLifted:
      return { ...s, warning: s.warning ? { ...s.warning, active: false } : null };
    case IncidentEventType.Escalated:
      return { ...s, escalatedTo: [...new Set([...s.escalatedTo, ...e.data.to])] };
    case IncidentEventType.LinkageActivated:
      return {
        ...s,
        linkage: {
          active: true,
          leadUnitId: e.data.leadUnitId,
          coreUnitIds: e.data.coreUnitIds,
          memberUnitIds: e.data.memberUnitIds,
        },
      };
    case IncidentEventType.LinkageMembersAdded:
      return s.linkage
        ? { ...s, linkage: { ...s.linkage, memberUnitIds: [...s.linkage.memberUnitIds, ...e.data.unitIds] } }
        : s;
    case IncidentEventType.LinkageMemberReleased:
      return s.linkage
        ? {
            ...s,
            linkage: {
              ...s.linkage,
              memberUnitIds: s.linkage.memberUnitIds.filter((u) => u !== e.data.unitId),
            },
          }
        : s;
    case IncidentEventType.JointConferenceRecorded:
      return s;
    case IncidentEventType.TaskAttached:
      return { ...s, tasks: { ...s.tasks, [e.data.taskId]: { unitId: e.data.unitId, settled: false } } };
    case IncidentEventType.TaskSettled: {
      const t = s.tasks[e.data.taskId];
      return t ? { ...s, tasks: { ...s.tasks, [e.data.taskId]: { ...t, settled: true } } } : s;
    }
    case IncidentEventType.Calmed:
      return { ...s, status: IncidentStatus.CALMED };
    case IncidentEventType.Closed:
      return { ...s, status: IncidentStatus.CLOSED };
    case IncidentEventType.Reopened:
      return { ...s, status: IncidentStatus.HANDLING, reviewFiled: false };
    case IncidentEventType.ReviewFiled:
      return { ...s, reviewFiled: true };
    case IncidentEventType.AccountabilityRecorded:
      return s;
    case IncidentEventType.ResponsibilityNamed:
      return {
        ...s,
        guarantorUserId: e.data.guarantor?.userId ?? s.guarantorUserId ?? null,
        trackerUserId: e.data.tracker?.userId ?? s.trackerUserId ?? null,
      };
    case IncidentEventType.TakenUpLocally:
      return { ...s, localUnitId: e.data.townshipUnitId };
    case IncidentEventType.TakenOver:
      return { ...s, localUnitId: null, takenOver: true };
    case IncidentEventType.Supplemented:
    case IncidentEventType.SpreadReadingRecorded:
      return s;
    case IncidentEventType.ReassessmentSuggested:
      return { ...s, suggestedGrade: e.data.suggestedGrade };
  }
}

/** The incident's decider, built once: every command handler and other library's step runs this one. */
export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  decide: decideIncident,
  evolve: evolveIncident,
  initialState: initialIncidentState,
};
