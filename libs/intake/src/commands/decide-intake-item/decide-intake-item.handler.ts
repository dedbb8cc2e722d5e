import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, Principal } from '@app/access';
import { CommandExecutor, commandMetadata, StoreTransaction } from '@app/event-store';
import {
  decideIncident,
  DiscoveryChannel,
  evolveIncident,
  INCIDENT_STREAM_TYPE,
  IncidentAbout,
  IncidentCommandService,
  IncidentNotFound,
  incidentStreamId,
  initialIncidentState,
  Platform,
  SpreadFigures,
} from '@app/incidents';
import { CommandContext, decisionContextOf, deterministicUuid } from '@app/kernel';
import { IntakeItemCommand, intakeItemDecider, IntakeItemState } from '../../domain/intake-item.decider';
import { itemNotFound } from '../../domain/intake.errors';
import { INTAKE_ITEM_STREAM_TYPE, IntakeSourceKind, intakeItemStreamId } from '../../domain/intake.events';
import { IntakeItemView } from '../../projections/intake-item-view.entity';
import { IntakeReader } from '../../queries/intake-reader';
import { DecideIntakeItemCommand, IntakeDecision } from './decide-intake-item.command';

/** The incident aggregate as incidents' index exports it (its decide and evolve), for the same transaction. */
const incidentDecider = {
  decide: decideIncident,
  evolve: evolveIncident,
  initialState: initialIncidentState,
};

@CommandHandler(DecideIntakeItemCommand)
export class DecideIntakeItemHandler implements ICommandHandler<DecideIntakeItemCommand, string | null> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
    private readonly incidents: IncidentCommandService,
  ) {}

  async execute({ principal, itemId, decision, context }: DecideIntakeItemCommand): Promise<string | null> {
    const item = await this.reader.item(itemId);
    // Another county's item does not exist for this caller (NOT_FOUND, not a hint).
    if (!item || item.countyId !== principal.countyId) throw itemNotFound(itemId);
    authorize(principal, Action.IntakeTriage, { kind: 'county', countyId: item.countyId }, itemId);
    const ctx = decisionContextOf(principal, context.now);
    let command: IntakeItemCommand;
    let incidentId: string | null = null;
    let alsoWithin:
      ((tx: StoreTransaction, decided: { state: IntakeItemState }) => Promise<void>) | undefined;
    // The item's figures join the incident as readings (issue 23): every report of them, in order.
    const readingsOf = (state: IntakeItemState) =>
      state.readings.map((r) => ({ spread: r.spread, at: r.at, sourceName: r.sourceName }));
    switch (decision.kind) {
      case 'register':
        // The incident's id follows from the item's: a repeat cannot make a second incident.
        incidentId = deterministicUuid('intake-incident', itemId);
        command = { type: 'RegisterIntakeItem', itemId, incidentId, context: ctx };
        alsoWithin = async (tx, { state }) => {
          // Registered with the first figures the monitors gave; the later ones follow as readings, as they came.
          const [first, ...later] = readingsOf(state);
          const about = await this.reportIncident(
            tx,
            principal,
            context,
            item,
            incidentId!,
            decision,
            first.spread,
          );
          await this.incidents.recordReadingsWithin(tx, context, incidentId!, itemId, later, about);
        };
        break;
      case 'attach': {
        const incident = await this.incidents.authorized(principal, decision.incidentId, Action.IncidentRead);
        if (incident.countyId !== item.countyId) throw new IncidentNotFound(decision.incidentId);
        incidentId = decision.incidentId;
        command = { type: 'AttachIntakeItem', itemId, incidentId, context: ctx };
        alsoWithin = (tx, { state }) =>
          this.incidents.recordReadingsWithin(tx, context, decision.incidentId, itemId, readingsOf(state));
        break;
      }
      case 'archive':
        command = { type: 'ArchiveIntakeItem', itemId, reason: decision.reason, context: ctx };
        break;
    }
    await this.executor.execute({
      streamId: intakeItemStreamId(itemId),
      streamType: INTAKE_ITEM_STREAM_TYPE,
      decider: intakeItemDecider,
      command,
      owningUnit: item.unitId,
      metadata: commandMetadata(command.type, context),
      fingerprintOf: { itemId, decision },
      alsoWithin,
    });
    return incidentId;
  }

  /**
   * 登记 from the item, in the item's transaction: the incident exists and the item says so, or neither. Through
   * the incident's own decider, so its rules (title, links, figures) judge the pre-filled report.
   */
  private async reportIncident(
    tx: StoreTransaction,
    principal: Principal,
    context: CommandContext,
    item: IntakeItemView,
    incidentId: string,
    decision: Extract<IntakeDecision, { kind: 'register' }>,
    spread: SpreadFigures,
  ): Promise<IncidentAbout & { owningUnit: string }> {
    authorize(principal, Action.IncidentReport);
    const urls = item.url ? [item.url] : [];
    await this.executor.decideWithin(tx, {
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: {
        type: 'ReportIncident',
        incidentId,
        input: {
          channel:
            item.sourceKind === IntakeSourceKind.MANUAL
              ? DiscoveryChannel.UNIT_REPORT
              : DiscoveryChannel.MONITORING,
          platform: item.platform as Platform,
          urls,
          title: (decision.title ?? item.title).trim(),
          excerpt: (decision.excerpt ?? item.text).trim().slice(0, 5000),
          discoveredAt: item.receivedAt,
          spread,
          confidential: decision.confidential ?? false,
        },
        townshipUnitId: null,
        context: {
          now: context.now,
          actorUserId: principal.userId,
          actorUnitId: principal.unitId,
          actorCountyId: principal.countyId,
        },
      },
      // DOMAIN §2: an incident is owned by the unit that registers it (the centre).
      owningUnit: principal.unitId,
      metadata: commandMetadata('ReportIncident', { ...context, idempotencyKey: undefined }),
    });
    return {
      incidentId,
      countyId: item.countyId,
      title: (decision.title ?? item.title).trim(),
      confidential: decision.confidential ?? false,
      owningUnit: principal.unitId,
      visibleUnits: [principal.unitId],
    };
  }
}
