import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { LiftWarningCommand } from './lift-warning.command';

@CommandHandler(LiftWarningCommand)
export class LiftWarningHandler implements ICommandHandler<LiftWarningCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: LiftWarningCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'LiftWarning', ...input },
      { expectedVersion },
    );
  }
}
