import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { AdjustWarningCommand } from './adjust-warning.command';

@CommandHandler(AdjustWarningCommand)
export class AdjustWarningHandler implements ICommandHandler<AdjustWarningCommand, void> {
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
  }: AdjustWarningCommand): Promise<void> {
    const view = await this.incidents.authorized(principal, incidentId, Action.IncidentWarn);
    await this.county.requireCountyUnits(view, input.warning.scopeUnitIds ?? [], 'input.scopeUnitIds');
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'AdjustWarning', ...input },
      { expectedVersion },
    );
  }
}
