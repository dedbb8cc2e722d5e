import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { assessmentPolicyDecider } from '../../domain/assessment-policy.decider';
import { ASSESSMENT_POLICY_STREAM_TYPE, assessmentPolicyStreamId } from '../../domain/assessment.events';
import { SetAssessmentPolicyCommand } from './set-assessment-policy.command';

@CommandHandler(SetAssessmentPolicyCommand)
export class SetAssessmentPolicyHandler implements ICommandHandler<SetAssessmentPolicyCommand, number> {
  constructor(private readonly executor: CommandExecutor) {}

  /** Answers the version set. */
  async execute({ principal, terms, effectiveFrom, context }: SetAssessmentPolicyCommand): Promise<number> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.AssessmentPolicySet, { kind: 'county', countyId }, countyId);
    const result = await this.executor.execute({
      streamId: assessmentPolicyStreamId(countyId),
      streamType: ASSESSMENT_POLICY_STREAM_TYPE,
      decider: assessmentPolicyDecider,
      command: {
        type: 'SetAssessmentPolicy',
        countyId,
        terms,
        effectiveFrom,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: countyId,
      metadata: commandMetadata('SetAssessmentPolicy', context),
      fingerprintOf: { countyId, terms, effectiveFrom },
    });
    return result.state.version;
  }
}
