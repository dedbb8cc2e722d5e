import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { INCIDENT_STREAM_TYPE, incidentStreamId } from '../../domain/incident.events';
import { GetIncidentQuery } from '../../queries/get-incident.query';
import { incidentDecider } from '../incident-decider';
import { AssessIncidentCommand } from './assess-incident.command';

@CommandHandler(AssessIncidentCommand)
export class AssessIncidentHandler implements ICommandHandler<AssessIncidentCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: QueryBus,
  ) {}

  async execute({ incidentId, input, expectedVersion, context }: AssessIncidentCommand): Promise<void> {
    const { actor } = context;
    // A unit that may not see the incident learns nothing of it: NOT_FOUND, exactly as for a missing one.
    const visible = await this.queries.execute(new GetIncidentQuery(actor, incidentId));
    await this.executor.execute({
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: {
        type: 'AssessIncident',
        incidentId,
        input,
        context: { now: context.now, actorUserId: actor.userId, actorUnitId: actor.unitId },
      },
      owningUnit: visible.owningUnit,
      expectedVersion,
      metadata: commandMetadata('AssessIncident', context),
      fingerprintOf: { incidentId, input, expectedVersion: expectedVersion ?? null },
    });
  }
}
