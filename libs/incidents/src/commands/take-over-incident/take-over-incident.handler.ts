import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { TakeOverIncidentCommand } from './take-over-incident.command';

@CommandHandler(TakeOverIncidentCommand)
export class TakeOverIncidentHandler implements ICommandHandler<TakeOverIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: TakeOverIncidentCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'TakeOverIncident', ...input },
      { expectedVersion },
    );
  }
}
