import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { SetSecurityPolicyCommand } from './set-security-policy.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(SetSecurityPolicyCommand)
export class SetSecurityPolicyHandler implements ICommandHandler<SetSecurityPolicyCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, countyId, requireTotpRoles, context }: SetSecurityPolicyCommand): Promise<void> {
    authorize(principal, Action.CountySetSecurityPolicy, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetSecurityPolicy',
        countyId,
        requireTotpRoles,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetSecurityPolicy', context),
      fingerprintOf: { countyId, requireTotpRoles },
    });
  }
}
