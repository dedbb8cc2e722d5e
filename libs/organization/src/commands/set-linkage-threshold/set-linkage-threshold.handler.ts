import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { SetLinkageThresholdCommand } from './set-linkage-threshold.command';
import { decisionContextOf } from '@app/kernel';

@CommandHandler(SetLinkageThresholdCommand)
export class SetLinkageThresholdHandler implements ICommandHandler<SetLinkageThresholdCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, countyId, grade, context }: SetLinkageThresholdCommand): Promise<void> {
    authorize(principal, Action.CountyAssignLinkage, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetLinkageThreshold',
        countyId,
        grade,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetLinkageThreshold', context),
      fingerprintOf: { countyId, grade },
    });
  }
}
