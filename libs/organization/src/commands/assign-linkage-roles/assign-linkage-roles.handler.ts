import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { countyDecider } from '../organization-deciders';
import { AssignLinkageRolesCommand } from './assign-linkage-roles.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(AssignLinkageRolesCommand)
export class AssignLinkageRolesHandler implements ICommandHandler<AssignLinkageRolesCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute({ principal, countyId, roles, context }: AssignLinkageRolesCommand): Promise<void> {
    authorize(principal, Action.CountyAssignLinkage, { kind: 'county', countyId }, countyId);
    const units = await this.directory.unitFacts([
      roles.propagandaUnitId,
      roles.cyberspaceUnitId,
      roles.policeUnitId,
      roles.stateSecurityUnitId,
    ]);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'AssignLinkageRoles',
        countyId,
        roles,
        units,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('AssignLinkageRoles', context),
      fingerprintOf: { countyId, roles },
    });
  }
}
