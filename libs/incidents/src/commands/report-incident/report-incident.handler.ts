import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deterministicUuid } from '@app/kernel';
import { INCIDENT_STREAM_TYPE, incidentStreamId } from '../../domain/incident.events';
import { incidentDecider } from '../incident-decider';
import { ReportIncidentCommand } from './report-incident.command';

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler implements ICommandHandler<ReportIncidentCommand, string> {
  constructor(private readonly executor: CommandExecutor) {}

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
        context: {
          now: context.now,
          actorUserId: actor.userId,
          actorUnitId: actor.unitId,
          actorCountyId: actor.countyId,
        },
      },
      // DOMAIN §2: an incident is owned by the unit that registers it.
      owningUnit: actor.unitId,
      metadata: commandMetadata('ReportIncident', context),
      fingerprintOf: input,
    });
    return incidentId;
  }
}
