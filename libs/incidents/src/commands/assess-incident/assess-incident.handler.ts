import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { IncidentNotFound } from '../../domain/incident.errors';
import { IncidentView } from '../../projections/incident-view.entity';
import { incidentTarget, isUuid } from '../../queries/incident-target';
import { INCIDENT_STREAM_TYPE, incidentStreamId } from '../../domain/incident.events';
import { incidentDecider } from '../incident-decider';
import { AssessIncidentCommand } from './assess-incident.command';

@CommandHandler(AssessIncidentCommand)
export class AssessIncidentHandler implements ICommandHandler<AssessIncidentCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
  ) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: AssessIncidentCommand): Promise<void> {
    const actor = principal;
    const visible = isUuid(incidentId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(IncidentView, { incidentId }))
      : null;
    if (!visible) throw new IncidentNotFound(incidentId);
    // A unit that may not see the incident learns nothing of it (NOT_FOUND); one that may see it but not grade
    // it is told so (FORBIDDEN).
    authorize(principal, Action.IncidentAssess, incidentTarget(visible), incidentId);
    await this.executor.execute({
      streamId: incidentStreamId(incidentId),
      streamType: INCIDENT_STREAM_TYPE,
      decider: incidentDecider,
      command: {
        type: 'AssessIncident',
        incidentId,
        input,
        context: {
          now: context.now,
          actorUserId: actor.userId,
          actorUnitId: actor.unitId,
          actorCountyId: actor.countyId,
        },
      },
      owningUnit: visible.owningUnit,
      expectedVersion,
      metadata: commandMetadata('AssessIncident', context),
      fingerprintOf: { incidentId, input, expectedVersion: expectedVersion ?? null },
    });
  }
}
