import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { handlingPlanDecider } from '../../domain/handling-plan.decider';
import { HANDLING_PLAN_STREAM_TYPE, handlingPlanStreamId } from '../../domain/handling-plan.events';
import { handlingPlanNotFound } from '../../domain/leadership.errors';
import { HandlingPlanReader } from '../../queries/handling-plan-reader';
import { LeadershipDirectory } from '../../queries/leadership-directory';
import { DecideHandlingPlanCommand } from './decide-handling-plan.command';

@CommandHandler(DecideHandlingPlanCommand)
export class DecideHandlingPlanHandler implements ICommandHandler<DecideHandlingPlanCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly plans: HandlingPlanReader,
    private readonly leaders: LeadershipDirectory,
  ) {}

  async execute({ principal, planId, decision, context }: DecideHandlingPlanCommand): Promise<void> {
    const plan = await this.plans.plan(SYSTEM_SCOPE, planId);
    if (!plan || plan.countyId !== principal.countyId) throw handlingPlanNotFound(planId);
    // A leader's act, like an instruction; whether this leader is the one in charge is the decider's rule.
    authorize(principal, Action.InstructionGive, { kind: 'county', countyId: plan.countyId }, planId);
    const leader = await this.leaders.leader(plan.countyId, principal.userId);
    const ctx = decisionContextOf(principal, context.now);
    await this.executor.execute({
      streamId: handlingPlanStreamId(planId),
      streamType: HANDLING_PLAN_STREAM_TYPE,
      decider: handlingPlanDecider,
      command: decision.approve
        ? {
            type: 'ApproveHandlingPlan',
            planId,
            leader,
            opinion: decision.opinion ?? undefined,
            context: ctx,
          }
        : { type: 'SendBackHandlingPlan', planId, leader, reason: decision.reason, context: ctx },
      owningUnit: plan.countyId,
      metadata: commandMetadata(decision.approve ? 'ApproveHandlingPlan' : 'SendBackHandlingPlan', context),
      fingerprintOf: { planId, decision },
    });
  }
}
