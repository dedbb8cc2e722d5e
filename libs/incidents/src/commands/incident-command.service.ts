import { Inject, Injectable, Optional } from '@nestjs/common';
import { Action, authorize, decide, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, StoreTransaction } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { AlongsideOperation } from '../domain/incident-alongside';
import { DELIVERING_COMMANDS, deliveriesOf } from '../domain/incident.deliveries';
import { DecisionContext, IncidentCommand, IncidentState, Operation } from '../domain/incident.decider';
import { IncidentNotFound } from '../domain/incident.errors';
import { EscalationTarget } from '../domain/incident.enums';
import {
  INCIDENT_STREAM_TYPE,
  IncidentEvent,
  IncidentEventType,
  incidentStreamId,
} from '../domain/incident.events';
import { IncidentView } from '../projections/incident-view.entity';
import { ESCALATION_RECIPIENTS, EscalationRecipients } from './escalation-recipients';
import { incidentTarget, isUuid } from '../queries/incident-target';
import { incidentDecider } from './incident-decider';

/** An incident command without the parts every command carries (id and decision context). */
export type IncidentCommandBody = IncidentCommand extends infer T
  ? T extends unknown
    ? Omit<T, 'incidentId' | 'context'>
    : never
  : never;

/** Which policy action each incident command needs (the rest of the rules are the decider's). */
export const ACTION_OF: Record<IncidentCommand['type'], Action> = {
  ReportIncident: Action.IncidentReport,
  AssessIncident: Action.IncidentAssess,
  ListIncident: Action.IncidentList,
  IssueWarning: Action.IncidentWarn,
  AdjustWarning: Action.IncidentWarn,
  LiftWarning: Action.IncidentWarn,
  EscalateIncident: Action.IncidentEscalate,
  ActivateLinkage: Action.LinkageManage,
  AddLinkageMembers: Action.LinkageManage,
  ReleaseLinkageMember: Action.LinkageManage,
  RecordJointConference: Action.LinkageManage,
  AttachTask: Action.TaskDispatch,
  SettleTask: Action.TaskOversee,
  MarkIncidentCalmed: Action.IncidentSettle,
  CloseIncident: Action.IncidentSettle,
  ReopenIncident: Action.IncidentSettle,
  FileIncidentReview: Action.IncidentReview,
  RecordAccountability: Action.IncidentReview,
};

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

export const decisionContext = (p: Principal, now: Date): DecisionContext => ({
  now,
  actorUserId: p.userId,
  actorUnitId: p.unitId,
  actorCountyId: p.countyId,
});

/**
 * Runs commands on an incident: finds it (NOT_FOUND for anyone the policy would not show it to), asks the policy,
 * then decides and appends through the command executor. Other modules (dispatch, response) use it to attach their
 * work to the incident inside their own transactions.
 */
@Injectable()
export class IncidentCommandService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
    @Optional() @Inject(ESCALATION_RECIPIENTS) private readonly leaders?: EscalationRecipients,
  ) {}

  /**
   * The inbox arrivals of the units an incident command reaches (report up, escalation, linkage), written in the
   * command's own transaction: the sender's event and the receiver's exist together or not at all.
   */
  async deliver(
    tx: StoreTransaction,
    context: CommandContext,
    events: readonly IncidentEvent[],
    about: {
      incidentId: string;
      countyId: string | null;
      title: string;
      confidential: boolean;
      /** Which leaders an escalation reaches (the view has them; a report up has neither yet). */
      field?: string | null;
      grade?: string | null;
    } & Partial<Pick<IncidentView, 'visibleUnits' | 'warning'>>,
  ): Promise<void> {
    const centreUnitId = about.countyId ? await this.organization.countyCentreUnitId(about.countyId) : null;
    const before = {
      visibleUnits: about.visibleUnits ?? [],
      warningScopeUnitIds: about.warning?.active ? (about.warning.scopeUnitIds ?? []) : [],
    };
    for (const d of deliveriesOf(events, { centreUnitId }, before)) {
      await deliverToInbox(tx, context, {
        unitId: d.unitId,
        kind: d.kind,
        refType: InboxRef.INCIDENT,
        refId: about.incidentId,
        incidentId: about.incidentId,
        incidentTitle: about.title,
        confidential: about.confidential,
      });
    }
    await this.deliverToLeaders(tx, context, events, about);
  }

  /** 上报县领导 (004 §三(四)): the leaders in charge of the field, by name, in their own unit's inbox. */
  private async deliverToLeaders(
    tx: StoreTransaction,
    context: CommandContext,
    events: readonly IncidentEvent[],
    about: Parameters<IncidentCommandService['deliver']>[3],
  ): Promise<void> {
    const escalated = events.find(
      (e) => e.type === IncidentEventType.Escalated && e.data.to.includes(EscalationTarget.COUNTY_LEADERS),
    );
    if (escalated?.type !== IncidentEventType.Escalated || !this.leaders || !about.countyId) return;
    // The escalation's own summary travels with it (never for a confidential incident: deliverToInbox's rule).
    const summary = escalated.data.summary;
    for (const r of await this.leaders.leadersOf(about.countyId, {
      field: about.field ?? null,
      grade: about.grade ?? null,
    })) {
      await deliverToInbox(tx, context, {
        unitId: r.unitId,
        kind: InboxChangeKind.INCIDENT_ESCALATED,
        refType: InboxRef.INCIDENT,
        refId: about.incidentId,
        incidentId: about.incidentId,
        incidentTitle: about.title,
        confidential: about.confidential,
        audience: InboxAudience.LEADERS,
        recipientUserIds: r.userIds,
        note: about.confidential ? null : { zh: `上报摘要：${summary}`, en: `Summary: ${summary}` },
      });
    }
  }

  /** The incident's read model, in the system scope (for deciding; callers authorise before showing it). */
  async facts(incidentId: string): Promise<IncidentView> {
    const view = isUuid(incidentId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(IncidentView, { incidentId }))
      : null;
    if (!view) throw new IncidentNotFound(incidentId);
    return view;
  }

  /** The incident as a principal may see it (NOT_FOUND otherwise), authorised for `action`. */
  async authorized(principal: Principal, incidentId: string, action: Action): Promise<IncidentView> {
    const view = await this.facts(incidentId);
    authorize(principal, action, incidentTarget(view), incidentId);
    return view;
  }

  async run(
    principal: Principal,
    context: CommandContext,
    incidentId: string,
    body: IncidentCommandBody,
    options: {
      expectedVersion?: number;
      action?: Action;
      /** Other streams written in the same transaction (e.g. the tasks a joint conference dispatches). */
      alsoWithin?: (tx: StoreTransaction) => Promise<void>;
    } = {},
  ): Promise<IncidentState> {
    const view = await this.authorized(principal, incidentId, options.action ?? ACTION_OF[body.type]);
    const extra = options.alsoWithin;
    const delivering = DELIVERING_COMMANDS.has(body.type);
    const result = await this.executor.execute({
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: { ...body, incidentId, context: decisionContext(principal, context.now) },
      owningUnit: view.owningUnit,
      expectedVersion: options.expectedVersion,
      metadata: commandMetadata(body.type, context),
      fingerprintOf: { incidentId, body, expectedVersion: options.expectedVersion ?? null },
      // Only steps that reach another unit pay for a transaction; the rest take the one-statement append.
      alsoWithin:
        extra || delivering
          ? async (tx, decided) => {
              if (delivering) await this.deliver(tx, context, decided.events, view);
              if (extra) await extra(tx);
            }
          : undefined,
    });
    return result.state;
  }

  /**
   * Decides a command on the incident inside another command's transaction (the task is dispatched and the
   * incident learns of it, or neither). The caller has authorised the step.
   */
  async within(
    tx: StoreTransaction,
    principal: Principal,
    context: CommandContext,
    incidentId: string,
    body: IncidentCommandBody,
  ): Promise<{ state: IncidentState; events: IncidentEvent[] }> {
    const view = await this.facts(incidentId);
    return this.executor.decideWithin(tx, {
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: { ...body, incidentId, context: decisionContext(principal, context.now) },
      owningUnit: view.owningUnit,
      metadata: commandMetadata(body.type, context),
    });
  }
}
