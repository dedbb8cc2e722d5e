import { Action, decide, Principal } from '@app/access';
import { AlongsideOperation } from '../domain/incident-alongside';
import { Operation } from '../domain/incident.decider';
import { IncidentView } from '../projections/incident-view.entity';
import { incidentTarget } from './incident-target';

/** The policy action behind each operation a client may be offered. */
export const ACTION_OF_OPERATION: Record<Operation, Action> = {
  assessIncident: Action.IncidentAssess,
  listIncident: Action.IncidentList,
  issueWarning: Action.IncidentWarn,
  adjustWarning: Action.IncidentWarn,
  liftWarning: Action.IncidentWarn,
  escalateIncident: Action.IncidentEscalate,
  activateLinkage: Action.LinkageManage,
  addLinkageMembers: Action.LinkageManage,
  releaseLinkageMember: Action.LinkageManage,
  recordJointConference: Action.LinkageManage,
  dispatchTask: Action.TaskDispatch,
  markIncidentCalmed: Action.IncidentSettle,
  closeIncident: Action.IncidentSettle,
  reopenIncident: Action.IncidentSettle,
  fileIncidentReview: Action.IncidentReview,
  recordAccountability: Action.IncidentReview,
  nameIncidentResponsibility: Action.IncidentAssign,
  handleLocally: Action.IncidentHandleLocally,
  takeOverIncident: Action.IncidentTakeOver,
  supplementIncident: Action.IncidentSupplement,
  recordSpreadReading: Action.IncidentAssess,
};

/** The policy action behind each step of another capability offered on the incident (a letter, a referral, a statement). */
export const ACTION_OF_ALONGSIDE: Record<AlongsideOperation, Action> = {
  sendRiskLetter: Action.LetterSend,
  referToPolice: Action.PoliceRefer,
  draftStatement: Action.StatementDraft,
  draftSpecialReport: Action.SpecialReportDraft,
  sendTakedownRequest: Action.TakedownSend,
  draftHandlingPlan: Action.InstructionImplement,
  attachEvidence: Action.EvidenceAttach,
};

/** What this caller may do to this incident now: the state's answer and the policy's together. */
export function callerMay(
  principal: Principal,
  view: IncidentView,
): (op: Operation | AlongsideOperation) => boolean {
  const target = incidentTarget(view);
  return (op) =>
    decide(
      principal,
      op in ACTION_OF_ALONGSIDE
        ? ACTION_OF_ALONGSIDE[op as AlongsideOperation]
        : ACTION_OF_OPERATION[op as Operation],
      target,
    ).allowed;
}
