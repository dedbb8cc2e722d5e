import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitKind } from '@app/access';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { EscalateIncidentCommand } from './escalate-incident.command';

@CommandHandler(EscalateIncidentCommand)
export class EscalateIncidentHandler implements ICommandHandler<EscalateIncidentCommand, void> {
  constructor(
    private readonly incidents: IncidentCommandService,
    private readonly county: IncidentCounty,
  ) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: EscalateIncidentCommand): Promise<void> {
    const view = await this.incidents.facts(incidentId);
    const cityOfficeUnitId = await this.county.cityOfficeUnitId(view);
    await this.incidents.run(
      principal,
      context,
      incidentId,
      {
        type: 'EscalateIncident',
        ...input,
        cityOfficeUnitId,
        // Only the county centre reports to the city; a township goes to the leaders only when it is major.
        byCountyCentre: principal.unitKind === UnitKind.COUNTY_CENTER,
      },
      { expectedVersion },
    );
  }
}
