import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DEFAULT_REPORT_LIMITS, DEFAULT_REPORT_POINTS } from '../domain/assessment.events';
import { SetAssessmentPolicyCommand } from '../commands/set-assessment-policy/set-assessment-policy.command';
import { AssessmentQueries } from '../queries/assessment-queries';
import {
  AssessmentPeriodInput,
  AssessmentPolicyType,
  AssessmentRankingType,
  AssessmentStatisticsInput,
  AssessmentStatisticsType,
  SetAssessmentPolicyInput,
} from './assessment.types';

/** 统计与考核 (issue 24): figures and scores per unit and period, the anonymised ranking, the county's rules. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class AssessmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: AssessmentQueries,
  ) {}

  @Query(() => AssessmentStatisticsType, {
    description:
      '各单位按期间的统计与考核（审计、县中心、县领导看全县；单位看本单位）/ Statistics and scores per unit and period',
  })
  assessmentStatistics(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: AssessmentStatisticsInput,
  ): Promise<AssessmentStatisticsType> {
    return this.queries.statistics(p, input);
  }

  @Query(() => AssessmentRankingType, {
    description: '考核排名（匿名；县开放时各单位可见）/ The anonymised ranking, when the county shares it',
  })
  assessmentRanking(
    @CurrentPrincipal() p: Principal,
    @Args('period') period: AssessmentPeriodInput,
  ): Promise<AssessmentRankingType> {
    return this.queries.ranking(p, period);
  }

  @Query(() => [AssessmentPolicyType], {
    description: "本县考核规则各版本 / Versions of the county's 考核 rules",
  })
  assessmentPolicies(@CurrentPrincipal() p: Principal): Promise<AssessmentPolicyType[]> {
    return this.queries.policyVersions(p);
  }

  @Mutation(() => [AssessmentPolicyType], {
    description: '设置考核规则，自生效日起计分（县系统管理员）/ Set the 考核 rules from a day on',
  })
  async setAssessmentPolicy(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SetAssessmentPolicyInput,
  ): Promise<AssessmentPolicyType[]> {
    await this.commands.execute(
      new SetAssessmentPolicyCommand(
        p,
        {
          baseScore: input.baseScore,
          points: {
            ...input.points,
            lateReport: input.points.lateReport ?? DEFAULT_REPORT_POINTS.lateReport,
            missedReport: input.points.missedReport ?? DEFAULT_REPORT_POINTS.missedReport,
          },
          shareRanking: input.shareRanking,
          reportLimits: {
            lateAfterMinutes: input.lateReportAfterMinutes ?? DEFAULT_REPORT_LIMITS.lateAfterMinutes,
            missedAfterMinutes: input.missedReportAfterMinutes ?? DEFAULT_REPORT_LIMITS.missedAfterMinutes,
          },
        },
        input.effectiveFrom ?? null,
        ctx,
      ),
    );
    return this.queries.policyVersions(p);
  }
}
