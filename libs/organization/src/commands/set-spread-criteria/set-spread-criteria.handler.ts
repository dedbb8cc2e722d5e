import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { COUNTY_STREAM_TYPE, countyStreamId } from '../../domain/organization.events';
import { countyDecider } from '../organization-deciders';
import { SetSpreadCriteriaCommand } from './set-spread-criteria.command';

@CommandHandler(SetSpreadCriteriaCommand)
export class SetSpreadCriteriaHandler implements ICommandHandler<SetSpreadCriteriaCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, countyId, criteria, context }: SetSpreadCriteriaCommand): Promise<void> {
    authorize(principal, Action.CountySetSpreadCriteria, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyStreamId(countyId),
      streamType: COUNTY_STREAM_TYPE,
      decider: countyDecider,
      command: {
        type: 'SetSpreadCriteria',
        countyId,
        criteria,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetSpreadCriteria', context),
      fingerprintOf: { countyId, criteria },
    });
  }
}
