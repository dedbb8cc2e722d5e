import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { ListIncidentCommand } from './list-incident.command';

@CommandHandler(ListIncidentCommand)
export class ListIncidentHandler implements ICommandHandler<ListIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: ListIncidentCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'ListIncident', ...input },
      { expectedVersion },
    );
  }
}
