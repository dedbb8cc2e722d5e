import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { AssessIncidentCommand } from './assess-incident.command';

@CommandHandler(AssessIncidentCommand)
export class AssessIncidentHandler implements ICommandHandler<AssessIncidentCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: AssessIncidentCommand): Promise<void> {
    // A unit that may not see the incident learns nothing of it (NOT_FOUND); one that may see it but not grade it
    // is told so (FORBIDDEN).
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'AssessIncident', input },
      { expectedVersion },
    );
  }
}
