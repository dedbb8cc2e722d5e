import { Injectable } from '@nestjs/common';
import { Action, authorize, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, StoreTransaction } from '@app/event-store';
import { CommandContext, decisionContextOf } from '@app/kernel';
import { DELIVERING_COMMANDS } from '../domain/incident.deliveries';
import { DecisionContext, IncidentCommand, incidentDecider, IncidentState } from '../domain/incident.decider';
import { IncidentNotFound } from '../domain/incident.errors';
import { INCIDENT_STREAM_TYPE, IncidentEvent, incidentStreamId } from '../domain/incident.events';
import { IncidentView } from '../projections/incident-view.entity';
import { incidentTarget, isUuid } from '../queries/incident-target';
import { IncidentAbout, IncidentDeliveries } from './incident-deliveries';
import { IncidentCounty } from '../queries/incident-county';
import { SpreadFigures } from '../domain/incident.events';

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
  NameIncidentResponsibility: Action.IncidentAssign,
  HandleLocally: Action.IncidentHandleLocally,
  TakeOverIncident: Action.IncidentTakeOver,
  SupplementIncident: Action.IncidentSupplement,
  // Figures are read and graded by whoever grades: the centre's 研判.
  RecordSpreadReading: Action.IncidentAssess,
};

/** The kernel's one context, with the actor's county required (the incident's linkage and escalation rules read it). */
export const incidentDecisionContext = (p: Principal, now: Date): DecisionContext => ({
  ...decisionContextOf(p, now),
  actorCountyId: p.countyId,
});

/**
 * What every incident step shares, and what other libraries use to attach their work to an incident: find it
 * (NOT_FOUND for anyone the policy would not show it to), ask the policy, decide with the one incident decider and
 * append through the command executor, delivering to the units reached in the same transaction. Each command's own
 * facts and rules live in its folder (commands/<verb-noun>/) and in domain/decisions/.
 */
@Injectable()
export class IncidentCommandService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly deliveries: IncidentDeliveries,
    private readonly county: IncidentCounty,
  ) {}

  /** The incident's read model, in the system scope (for deciding; callers authorise before showing it). */
  async facts(incidentId: string): Promise<IncidentView> {
    const view = isUuid(incidentId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(IncidentView, { incidentId }))
      : null;
    if (!view) throw new IncidentNotFound(incidentId);
    return view;
  }

  /**
   * The incident that recorded a joint conference (联席会议; the conference's id is its record), in the system scope;
   * IncidentNotFound when no incident holds it. Callers authorise on the incident: who reads it reads its conferences.
   */
  async factsOfConference(conferenceId: string): Promise<IncidentView> {
    const view = isUuid(conferenceId)
      ? await this.db.run(SYSTEM_SCOPE, (m) =>
          m
            .createQueryBuilder(IncidentView, 'i')
            .where(`i.conferences @> :probe::jsonb`, { probe: JSON.stringify([{ conferenceId }]) })
            .getOne(),
        )
      : null;
    if (!view) throw new IncidentNotFound(conferenceId);
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
      command: { ...body, incidentId, context: incidentDecisionContext(principal, context.now) },
      owningUnit: view.owningUnit,
      expectedVersion: options.expectedVersion,
      metadata: commandMetadata(body.type, context),
      fingerprintOf: { incidentId, body, expectedVersion: options.expectedVersion ?? null },
      // Only steps that reach another unit pay for a transaction; the rest take the one-statement append.
      alsoWithin:
        extra || delivering
          ? async (tx, decided) => {
              if (delivering) await this.deliveries.deliver(tx, context, decided.events, view);
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
      command: { ...body, incidentId, context: incidentDecisionContext(principal, context.now) },
      owningUnit: view.owningUnit,
      metadata: commandMetadata(body.type, context),
    });
  }

  /**
   * A 舆情线索's figures join the incident that took it in, inside the item's transaction (issue 23): attached or
   * registered, its readings so far; later, each new one a monitor sends. The item's decision or the monitor's key
   * authorised the step; the incident's rules (figures, the county's criteria, the request to re-assess and the
   * centre's notice) are the same as for a reading a person records.
   */
  async recordReadingsWithin(
    tx: StoreTransaction,
    context: CommandContext,
    incidentId: string,
    intakeItemId: string,
    readings: readonly { spread: SpreadFigures; at: string; sourceName: string }[],
    /** The incident as this transaction knows it (one it has just registered has no read model yet). */
    known?: IncidentAbout & { owningUnit: string },
  ): Promise<void> {
    if (!readings.length) return;
    const view = known ?? (await this.facts(incidentId));
    const criteria = await this.county.spreadCriteria(view.countyId);
    const decisionContext = {
      now: context.now,
      actorUserId: context.actor.userId,
      actorUnitId: context.actor.unitId,
      actorCountyId: view.countyId,
    };
    const events: IncidentEvent[] = [];
    for (const r of readings) {
      const decided = await this.executor.decideWithin(tx, {
        streamId: incidentStreamId(incidentId),
        streamType: INCIDENT_STREAM_TYPE,
        decider: incidentDecider,
        command: {
          type: 'RecordSpreadReading',
          incidentId,
          spread: r.spread,
          observedAt: new Date(r.at),
          sourceName: r.sourceName,
          intakeItemId,
          criteria,
          context: decisionContext,
        },
        owningUnit: view.owningUnit,
        metadata: commandMetadata('RecordSpreadReading', { ...context, idempotencyKey: undefined }),
      });
      events.push(...decided.events);
    }
    await this.deliveries.deliver(tx, context, events, view);
  }
}
