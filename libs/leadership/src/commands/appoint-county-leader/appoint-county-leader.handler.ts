import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { PeopleDirectory } from '@app/identity';
import { decisionContextOf } from '@app/kernel';
import { countyLeadersDecider } from '../../domain/county-leaders.decider';
import { COUNTY_LEADERS_STREAM_TYPE, countyLeadersStreamId } from '../../domain/leadership.events';
import { AppointCountyLeaderCommand } from './appoint-county-leader.command';

@CommandHandler(AppointCountyLeaderCommand)
export class AppointCountyLeaderHandler implements ICommandHandler<AppointCountyLeaderCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly people: PeopleDirectory,
  ) {}

  async execute({ principal, input, context }: AppointCountyLeaderCommand): Promise<void> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.LeadershipManage, { kind: 'county', countyId }, countyId);
    const user = await this.people.facts(input.userId);
    await this.executor.execute({
      streamId: countyLeadersStreamId(countyId),
      streamType: COUNTY_LEADERS_STREAM_TYPE,
      decider: countyLeadersDecider,
      command: {
        type: 'AppointCountyLeader',
        countyId,
        person: user && {
          userId: user.userId,
          unitId: user.unitId,
          name: user.displayName,
          countyId: user.countyId,
          roles: user.roles,
          active: user.active,
        },
        post: input.post,
        fields: input.fields,
        principal: input.principal,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('AppointCountyLeader', context),
      fingerprintOf: { countyId, input },
    });
  }
}
