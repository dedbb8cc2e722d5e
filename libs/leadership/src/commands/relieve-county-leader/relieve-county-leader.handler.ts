import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { countyLeadersDecider } from '../../domain/county-leaders.decider';
import { COUNTY_LEADERS_STREAM_TYPE, countyLeadersStreamId } from '../../domain/leadership.events';
import { RelieveCountyLeaderCommand } from './relieve-county-leader.command';

@CommandHandler(RelieveCountyLeaderCommand)
export class RelieveCountyLeaderHandler implements ICommandHandler<RelieveCountyLeaderCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, userId, context }: RelieveCountyLeaderCommand): Promise<void> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.LeadershipManage, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyLeadersStreamId(countyId),
      streamType: COUNTY_LEADERS_STREAM_TYPE,
      decider: countyLeadersDecider,
      command: {
        type: 'RelieveCountyLeader',
        countyId,
        userId,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('RelieveCountyLeader', context),
      fingerprintOf: { countyId, userId },
    });
  }
}
