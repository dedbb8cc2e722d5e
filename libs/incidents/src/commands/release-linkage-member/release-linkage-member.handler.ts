import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { ReleaseLinkageMemberCommand } from './release-linkage-member.command';

@CommandHandler(ReleaseLinkageMemberCommand)
export class ReleaseLinkageMemberHandler implements ICommandHandler<ReleaseLinkageMemberCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: ReleaseLinkageMemberCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'ReleaseLinkageMember', ...input },
      { expectedVersion },
    );
  }
}
