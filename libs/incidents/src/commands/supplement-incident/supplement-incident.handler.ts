import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { SupplementIncidentCommand } from './supplement-incident.command';

@CommandHandler(SupplementIncidentCommand)
export class SupplementIncidentHandler implements ICommandHandler<SupplementIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: SupplementIncidentCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'SupplementIncident', ...input },
      { expectedVersion },
    );
  }
}
