import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { SetDeadlinePolicyCommand } from './set-deadline-policy.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(SetDeadlinePolicyCommand)
export class SetDeadlinePolicyHandler implements ICommandHandler<SetDeadlinePolicyCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({
    principal,
    countyId,
    deadlines,
    context,
    expectedVersion,
  }: SetDeadlinePolicyCommand): Promise<void> {
    authorize(principal, Action.CountySetSecurityPolicy, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetDeadlinePolicy',
        countyId,
        deadlines,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      expectedVersion,
      metadata: commandMetadata('SetDeadlinePolicy', context),
      fingerprintOf: { countyId, deadlines },
    });
  }
}
