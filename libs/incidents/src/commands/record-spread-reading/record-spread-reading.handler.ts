import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { RecordSpreadReadingCommand } from './record-spread-reading.command';

@CommandHandler(RecordSpreadReadingCommand)
export class RecordSpreadReadingHandler implements ICommandHandler<RecordSpreadReadingCommand, void> {
  constructor(
    private readonly incidents: IncidentCommandService,
    private readonly county: IncidentCounty,
  ) {}

  async execute({ principal, incidentId, input, expectedVersion, context }: RecordSpreadReadingCommand) {
    const view = await this.incidents.facts(incidentId);
    await this.incidents.run(
      principal,
      context,
      incidentId,
      {
        type: 'RecordSpreadReading',
        spread: input.spread,
        observedAt: input.observedAt,
        sourceName: null,
        intakeItemId: null,
        criteria: await this.county.spreadCriteria(view.countyId),
      },
      { expectedVersion },
    );
  }
}
