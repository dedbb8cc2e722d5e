import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { ReopenIncidentCommand } from './reopen-incident.command';

@CommandHandler(ReopenIncidentCommand)
export class ReopenIncidentHandler implements ICommandHandler<ReopenIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: ReopenIncidentCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'ReopenIncident', ...input },
      { expectedVersion },
    );
  }
}
