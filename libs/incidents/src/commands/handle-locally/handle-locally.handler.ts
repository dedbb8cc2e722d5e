import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { HandleLocallyCommand } from './handle-locally.command';

@CommandHandler(HandleLocallyCommand)
export class HandleLocallyHandler implements ICommandHandler<HandleLocallyCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({ principal, incidentId, expectedVersion, context }: HandleLocallyCommand): Promise<void> {
    await this.incidents.run(principal, context, incidentId, { type: 'HandleLocally' }, { expectedVersion });
  }
}
