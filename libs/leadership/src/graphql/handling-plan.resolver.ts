import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Grade } from '@app/incidents';
import { CommandContext } from '@app/kernel';
import { DecideHandlingPlanCommand } from '../commands/decide-handling-plan/decide-handling-plan.command';
import { DraftHandlingPlanCommand } from '../commands/draft-handling-plan/draft-handling-plan.command';
import { SetHandlingPlanPolicyCommand } from '../commands/set-handling-plan-policy/set-handling-plan-policy.command';
import { HandlingPlanQueries } from '../queries/handling-plan-queries';
import {
  DraftHandlingPlanInput,
  HandlingPlanPolicyType,
  HandlingPlanType,
  SendBackHandlingPlanInput,
  SetHandlingPlanPolicyInput,
} from './handling-plan.types';

/** 处置方案: drafted by the centre, approved or sent back by the leader in charge; the county's policy on them. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class HandlingPlanResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: HandlingPlanQueries,
  ) {}

  @Query(() => [HandlingPlanType], { description: '某事件的处置方案 / Handling plans of an incident' })
  handlingPlans(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<HandlingPlanType[]> {
    return this.queries.ofIncident(p, incidentId);
  }

  @Query(() => HandlingPlanPolicyType, {
    description: '本县处置方案审批门槛 / From which grade dispatch waits for an approved plan',
  })
  async handlingPlanPolicy(@CurrentPrincipal() p: Principal): Promise<HandlingPlanPolicyType> {
    return { fromGrade: (await this.queries.fromGrade(p)) as Grade | null };
  }

  @Mutation(() => HandlingPlanType, { description: '起草或修改处置方案（县中心）/ Draft or revise a plan' })
  async draftHandlingPlan(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: DraftHandlingPlanInput,
  ): Promise<HandlingPlanType> {
    const id = await this.commands.execute(new DraftHandlingPlanCommand(p, input, ctx));
    return this.queries.one(p, id);
  }

  @Mutation(() => HandlingPlanType, { description: '同意处置方案（分管领导）/ Approve a plan' })
  async approveHandlingPlan(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('opinion', {
      type: () => String,
      nullable: true,
      description: '审批意见（可选，1000 字以内）/ The leader’s opinion, optional',
    })
    opinion?: string | null,
  ): Promise<HandlingPlanType> {
    await this.commands.execute(new DecideHandlingPlanCommand(p, planId, { approve: true, opinion }, ctx));
    return this.queries.one(p, planId);
  }

  @Mutation(() => HandlingPlanType, { description: '退回处置方案并说明理由（分管领导）/ Send a plan back' })
  async sendBackHandlingPlan(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SendBackHandlingPlanInput,
  ): Promise<HandlingPlanType> {
    await this.commands.execute(
      new DecideHandlingPlanCommand(p, input.planId, { approve: false, reason: input.reason }, ctx),
    );
    return this.queries.one(p, input.planId);
  }

  @Mutation(() => HandlingPlanPolicyType, { description: '设置处置方案的审批门槛（县系统管理员）' })
  async setHandlingPlanPolicy(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetHandlingPlanPolicyInput,
  ): Promise<HandlingPlanPolicyType> {
    await this.commands.execute(new SetHandlingPlanPolicyCommand(p, input.fromGrade ?? null, ctx));
    return { fromGrade: (await this.queries.fromGrade(p)) as Grade | null };
  }
}
