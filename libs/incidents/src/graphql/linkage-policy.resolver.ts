import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { CountyType, OrganizationDirectory, SetLinkageThresholdCommand } from '@app/organization';
import { Grade } from '../domain/incident.enums';
import { linkageThreshold } from '../queries/incident-county';
import './incident-enums.graphql';

/** The county's linkage threshold (DOMAIN §4), shown and set with the incidents' own grade enum. */
@Resolver(() => CountyType)
@UseGuards(AuthenticatedGuard)
export class LinkagePolicyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly organization: OrganizationDirectory,
  ) {}

  @ResolveField(() => Grade, {
    description: '自此等级起启动"1+3+N"联动（低于须经决定）/ Linkage from this grade on (below: by decision)',
  })
  async linkageThresholdGrade(@Parent() county: CountyType): Promise<Grade> {
    return linkageThreshold(await this.organization.countyFacts(county.id));
  }

  @Mutation(() => Grade, {
    description: '设置启动联动的等级（县管理员）/ Set the grade from which linkage applies (county ADMIN)',
  })
  async setLinkageThreshold(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('grade', { type: () => Grade }) grade: Grade,
  ): Promise<Grade> {
    await this.commands.execute(new SetLinkageThresholdCommand(p, p.countyId ?? '', grade, ctx));
    return grade;
  }
}

/** The county's threshold, or the default of DOMAIN §4 (grade II and above). */
