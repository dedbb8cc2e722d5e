import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, UnitKind } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deterministicUuid } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { incidentDecider } from '../../domain/incident.decider';
import { INCIDENT_STREAM_TYPE, incidentStreamId } from '../../domain/incident.events';
import { incidentDecisionContext } from '../incident-command.service';
import { IncidentDeliveries } from '../incident-deliveries';
import { ReportIncidentCommand } from './report-incident.command';

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler implements ICommandHandler<ReportIncidentCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly deliveries: IncidentDeliveries,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, input, context }: ReportIncidentCommand): Promise<string> {
    authorize(principal, Action.IncidentReport);
    const actor = principal;
    // A retry carrying the same idempotency key must name the same new incident, not a second one.
    const incidentId = context.idempotencyKey
      ? deterministicUuid('incident', actor.unitId, context.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: {
        type: 'ReportIncident',
        incidentId,
        input,
        townshipUnitId:
          actor.unitKind === UnitKind.VILLAGE ? await this.organization.townshipOf(actor.unitId) : null,
        context: incidentDecisionContext(actor, context.now),
      },
      // DOMAIN §2: an incident is owned by the unit that registers it.
      owningUnit: actor.unitId,
      metadata: commandMetadata('ReportIncident', context),
      fingerprintOf: input,
      // 上报: a report from a township or bureau arrives in the county centre's inbox in the same transaction.
      alsoWithin:
        actor.unitKind === UnitKind.COUNTY_CENTER
          ? undefined
          : (tx, decided) =>
              this.deliveries.deliver(tx, context, decided.events, {
                incidentId,
                countyId: actor.countyId,
                title: input.title.trim(),
                confidential: input.confidential,
              }),
    });
    return incidentId;
  }
}
