import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { countyLeadersDecider } from '../../domain/county-leaders.decider';
import { COUNTY_LEADERS_STREAM_TYPE, countyLeadersStreamId } from '../../domain/leadership.events';
import { SetHandlingPlanPolicyCommand } from './set-handling-plan-policy.command';

@CommandHandler(SetHandlingPlanPolicyCommand)
export class SetHandlingPlanPolicyHandler implements ICommandHandler<SetHandlingPlanPolicyCommand, void> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, fromGrade, context }: SetHandlingPlanPolicyCommand): Promise<void> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.LeadershipManage, { kind: 'county', countyId }, countyId);
    await this.executor.execute({
      streamId: countyLeadersStreamId(countyId),
      streamType: COUNTY_LEADERS_STREAM_TYPE,
      decider: countyLeadersDecider,
      command: {
        type: 'SetHandlingPlanPolicy',
        countyId,
        fromGrade,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetHandlingPlanPolicy', context),
      fingerprintOf: { countyId, fromGrade },
    });
  }
}
