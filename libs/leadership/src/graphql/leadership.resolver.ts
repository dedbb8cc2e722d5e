import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AppointCountyLeaderCommand } from '../commands/appoint-county-leader/appoint-county-leader.command';
import { GiveInstructionCommand } from '../commands/give-instruction/give-instruction.command';
import { LinkInstructionTaskCommand } from '../commands/link-instruction-task/link-instruction-task.command';
import { RelieveCountyLeaderCommand } from '../commands/relieve-county-leader/relieve-county-leader.command';
import { ReportInstructionFeedbackCommand } from '../commands/report-instruction-feedback/report-instruction-feedback.command';
import { LeadershipQueries } from '../queries/leadership-queries';
import {
  AppointCountyLeaderInput,
  CountyLeaderType,
  GiveInstructionInput,
  LeaderDeskType,
  LeaderInstructionType,
  LinkInstructionTaskInput,
  ReportInstructionFeedbackInput,
} from './leadership.types';

/** County leaders: the roster, their desk, 领导批示 and its 落实/反馈. Parse, dispatch, map. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class LeadershipResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: LeadershipQueries,
  ) {}

  @Query(() => [CountyLeaderType], { description: '本县领导名单（职务、分管领域）/ The county’s leaders' })
  countyLeaders(@CurrentPrincipal() p: Principal): Promise<CountyLeaderType[]> {
    return this.queries.roster(p);
  }

  @Query(() => LeaderDeskType, { description: '领导待办：上报到本人的事件与批示落实 / A leader’s desk' })
  leaderDesk(@CurrentPrincipal() p: Principal): Promise<LeaderDeskType> {
    return this.queries.desk(p);
  }

  @Query(() => [LeaderInstructionType], { description: '某事件的领导批示 / Instructions on an incident' })
  leaderInstructions(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<LeaderInstructionType[]> {
    return this.queries.ofIncident(p, incidentId);
  }

  @Mutation(() => [CountyLeaderType], { description: '任命县领导或修改其职务、分管领域（县系统管理员）' })
  async appointCountyLeader(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: AppointCountyLeaderInput,
  ): Promise<CountyLeaderType[]> {
    await this.commands.execute(new AppointCountyLeaderCommand(p, input, ctx));
    return this.queries.roster(p);
  }

  @Mutation(() => [CountyLeaderType], { description: '免去县领导（县系统管理员）/ Relieve a county leader' })
  async relieveCountyLeader(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CountyLeaderType[]> {
    await this.commands.execute(new RelieveCountyLeaderCommand(p, userId, ctx));
    return this.queries.roster(p);
  }

  @Mutation(() => LeaderInstructionType, { description: '领导批示（分管该领域的领导或主要领导）' })
  async giveInstruction(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: GiveInstructionInput,
  ): Promise<LeaderInstructionType> {
    const id = await this.commands.execute(new GiveInstructionCommand(p, input.incidentId, input.text, ctx));
    return this.queries.one(p, id);
  }

  @Mutation(() => LeaderInstructionType, { description: '落实批示：关联已派发的工单（县中心）' })
  async linkInstructionTask(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: LinkInstructionTaskInput,
  ): Promise<LeaderInstructionType> {
    await this.commands.execute(new LinkInstructionTaskCommand(p, input.instructionId, input.taskId, ctx));
    return this.queries.one(p, input.instructionId);
  }

  @Mutation(() => LeaderInstructionType, {
    description: '批示落实情况反馈（县中心）/ Report back to the leader',
  })
  async reportInstructionFeedback(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ReportInstructionFeedbackInput,
  ): Promise<LeaderInstructionType> {
    await this.commands.execute(
      new ReportInstructionFeedbackCommand(p, input.instructionId, input.text, ctx),
    );
    return this.queries.one(p, input.instructionId);
  }
}
