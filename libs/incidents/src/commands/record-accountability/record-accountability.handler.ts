import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { RecordAccountabilityCommand } from './record-accountability.command';

@CommandHandler(RecordAccountabilityCommand)
export class RecordAccountabilityHandler implements ICommandHandler<RecordAccountabilityCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: RecordAccountabilityCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'RecordAccountability', ...input },
      { expectedVersion },
    );
  }
}
