import { UseGuards } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, dataScopeOf, Principal } from '@app/access';
import { Clock, problem, ValidationFailed } from '@app/kernel';
import { DashboardService } from './dashboard.service';
import { DashboardType } from './dashboard.types';

@Resolver()
@UseGuards(AuthenticatedGuard)
export class DashboardResolver {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly clock: Clock,
  ) {}

  @Query(() => DashboardType, {
    description:
      '工作台数据：在办舆情、超时/临期工单、未签收提示函、近 N 天趋势与各单位按时率（按您可见的范围）/ The workbench figures, within what you may see',
  })
  dashboard(
    @CurrentPrincipal() p: Principal,
    @Args('days', { type: () => Int, defaultValue: 30, description: '趋势与按时率的天数 1–90 / Days, 1–90' })
    days: number,
  ): Promise<DashboardType> {
    if (!Number.isInteger(days) || days < 1 || days > 90)
      throw new ValidationFailed([problem('days', '天数须为 1–90', 'must be 1–90')]);
    return this.dashboards.dashboard(dataScopeOf(p), this.clock.now(), days);
  }
}
