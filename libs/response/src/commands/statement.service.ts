import { Injectable } from '@nestjs/common';
import { Action, authorize, Principal, ScopedDb, SYSTEM_SCOPE, Target } from '@app/access';
import { CommandExecutor, commandMetadata, StoreTransaction } from '@app/event-store';
import { deliverToInbox, InboxChangeKind, InboxRef } from '@app/inbox';
import { IncidentCommandService, IncidentView } from '@app/incidents';
import { CommandContext, decisionContextOf } from '@app/kernel';
import {
  STATEMENT_STREAM_TYPE,
  StatementCommand,
  statementDecider,
  statementStreamId,
} from '../domain/statement.decider';
import { StatementView } from '../projections/statement-view.entity';
import { StatementNotFound } from '../domain/statement.errors';

type Body<T> = T extends unknown ? Omit<T, 'statementId' | 'context'> : never;
/** A step on a statement already drafted (revise, approve, reject, publish), without its id and context. */
export type StatementStepBody = Exclude<Body<StatementCommand>, { type: 'DraftStatement' }>;

/** Who hears of each step: the draft goes to the propaganda department for approval, the answers come back. */
const DELIVERY: Record<StatementCommand['type'], { to: 'propaganda' | 'drafter'; kind: InboxChangeKind }> = {
  DraftStatement: { to: 'propaganda', kind: InboxChangeKind.STATEMENT_SUBMITTED },
  ReviseStatement: { to: 'propaganda', kind: InboxChangeKind.STATEMENT_SUBMITTED },
  ApproveStatement: { to: 'drafter', kind: InboxChangeKind.STATEMENT_APPROVED },
  RejectStatement: { to: 'drafter', kind: InboxChangeKind.STATEMENT_REJECTED },
  PublishStatement: { to: 'drafter', kind: InboxChangeKind.STATEMENT_PUBLISHED },
};

export const ACTION_OF_STATEMENT_STEP: Record<StatementStepBody['type'], Action> = {
  ReviseStatement: Action.StatementRevise,
  ApproveStatement: Action.StatementApprove,
  RejectStatement: Action.StatementApprove,
  PublishStatement: Action.StatementPublish,
};

export const statementTarget = (s: StatementView): Target => ({
  kind: 'statement',
  countyId: s.countyId,
  draftingUnitId: s.draftingUnitId,
  propagandaUnitId: s.propagandaUnitId,
  incidentVisibleUnits: s.visibleUnits,
});

/**
 * What the statement handlers share (DOMAIN §5: wording and press releases drafted, approved, published): a
 * statement's facts, a step run on it (authorised, decided, delivered in one transaction), and the delivery to the
 * other side. Each command's own part is in its folder (commands/<verb-noun>/); other libraries read `facts`.
 */
@Injectable()
export class StatementService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly incidents: IncidentCommandService,
    private readonly db: ScopedDb,
  ) {}

  async facts(statementId: string): Promise<StatementView> {
    const s = /^[0-9a-f-]{36}$/i.test(statementId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(StatementView, { statementId }))
      : null;
    if (!s) throw new StatementNotFound(statementId);
    return s;
  }

  /** A step on a drafted statement: the policy's action for it, then the decider, and the other side told. */
  async step(
    p: Principal,
    ctx: CommandContext,
    statementId: string,
    body: StatementStepBody,
    expectedVersion?: number,
  ): Promise<void> {
    const s = await this.facts(statementId);
    authorize(p, ACTION_OF_STATEMENT_STEP[body.type], statementTarget(s), statementId);
    const incident = await this.incidents.facts(s.incidentId);
    await this.executor.execute({
      streamId: statementStreamId(statementId),
      streamType: STATEMENT_STREAM_TYPE,
      decider: statementDecider,
      command: { ...body, statementId, context: decisionContextOf(p, ctx.now) },
      owningUnit: s.draftingUnitId,
      expectedVersion,
      metadata: commandMetadata(body.type, ctx),
      fingerprintOf: { statementId, body, expectedVersion: expectedVersion ?? null },
      alsoWithin: (tx) =>
        this.deliver(tx, ctx, body.type, statementId, incident, {
          propaganda: s.propagandaUnitId,
          drafter: s.draftingUnitId,
        }),
    });
  }

  /** The other side of a statement step, in the step's transaction (nothing when it stays within one unit). */
  async deliver(
    tx: StoreTransaction,
    ctx: CommandContext,
    type: StatementCommand['type'],
    statementId: string,
    incident: IncidentView,
    units: { propaganda: string | null; drafter: string },
  ): Promise<void> {
    const { to, kind } = DELIVERY[type];
    const unitId = units[to];
    if (!unitId) return;
    await deliverToInbox(tx, ctx, {
      unitId,
      kind,
      refType: InboxRef.STATEMENT,
      refId: statementId,
      incidentId: incident.incidentId,
      incidentTitle: incident.title,
      confidential: incident.confidential,
    });
  }
}
