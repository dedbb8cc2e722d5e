import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { MarkIncidentCalmedCommand } from './mark-incident-calmed.command';

@CommandHandler(MarkIncidentCalmedCommand)
export class MarkIncidentCalmedHandler implements ICommandHandler<MarkIncidentCalmedCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: MarkIncidentCalmedCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'MarkIncidentCalmed', ...input },
      { expectedVersion },
    );
  }
}
