import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { IncidentCounty } from '../../queries/incident-county';
import { IncidentCommandService } from '../incident-command.service';
import { AddLinkageMembersCommand } from './add-linkage-members.command';

@CommandHandler(AddLinkageMembersCommand)
export class AddLinkageMembersHandler implements ICommandHandler<AddLinkageMembersCommand, void> {
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
  }: AddLinkageMembersCommand): Promise<void> {
    const view = await this.incidents.authorized(principal, incidentId, Action.LinkageManage);
    await this.county.requireCountyUnits(view, input.unitIds, 'input.unitIds');
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'AddLinkageMembers', ...input },
      { expectedVersion },
    );
  }
}
