import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { CloseIncidentCommand } from './close-incident.command';

@CommandHandler(CloseIncidentCommand)
export class CloseIncidentHandler implements ICommandHandler<CloseIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: CloseIncidentCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'CloseIncident', ...input },
      { expectedVersion },
    );
  }
}
