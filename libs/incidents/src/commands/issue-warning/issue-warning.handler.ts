import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { IssueWarningCommand } from './issue-warning.command';

@CommandHandler(IssueWarningCommand)
export class IssueWarningHandler implements ICommandHandler<IssueWarningCommand, void> {
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
  }: IssueWarningCommand): Promise<void> {
    const view = await this.incidents.authorized(principal, incidentId, Action.IncidentWarn);
    await this.county.requireCountyUnits(view, input.scopeUnitIds ?? [], 'input.scopeUnitIds');
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'IssueWarning', warning: input },
      { expectedVersion },
    );
  }
}
