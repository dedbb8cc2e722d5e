import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { ActivateLinkageCommand } from './activate-linkage.command';

@CommandHandler(ActivateLinkageCommand)
export class ActivateLinkageHandler implements ICommandHandler<ActivateLinkageCommand, void> {
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
  }: ActivateLinkageCommand): Promise<void> {
    const view = await this.incidents.authorized(principal, incidentId, Action.LinkageManage);
    await this.county.requireCountyUnits(view, input.memberUnitIds, 'input.memberUnitIds');
    const facts = await this.county.linkageFacts(view);
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'ActivateLinkage', ...input, facts },
      { expectedVersion },
    );
  }
}
