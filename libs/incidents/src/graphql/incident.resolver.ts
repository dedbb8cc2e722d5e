import { UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Connection, PageArgs } from '@app/graphql';
import { CommandContext } from '@app/kernel';
import { AssessIncidentCommand } from '../commands/assess-incident/assess-incident.command';
import { callerMay } from '../queries/caller-may';
import { ReportIncidentCommand } from '../commands/report-incident/report-incident.command';
import { GetIncidentQuery } from '../queries/get-incident.query';
import { ListIncidentsQuery } from '../queries/list-incidents.query';
import { AssessIncidentInput, IncidentFilterInput, ReportIncidentInput } from './incident.inputs';
import { toIncidentType } from './incident.mapper';
import { IncidentConnection, IncidentType } from './incident.types';

/** Parses, dispatches, maps: the rules live in the decider, access in the queries. */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => IncidentType, {
    description: '登记舆情，或乡镇/部门向上报送 / Register an incident, or report one up',
  })
  async reportIncident(
    @CurrentPrincipal() principal: Principal,
    @CommandCtx() context: CommandContext,
    @Args('input') input: ReportIncidentInput,
  ): Promise<IncidentType> {
    const id = await this.commands.execute(
      new ReportIncidentCommand(
        principal,
        {
          channel: input.channel,
          platform: input.platform,
          urls: input.urls,
          title: input.title,
          excerpt: input.excerpt,
          discoveredAt: input.discoveredAt,
          spread: {
            posts: input.spread?.posts ?? 0,
            reposts: input.spread?.reposts ?? 0,
            comments: input.spread?.comments ?? 0,
            views: input.spread?.views ?? 0,
            mainstreamMediaPickups: input.spread?.mainstreamMediaPickups ?? 0,
          },
          confidential: input.confidential,
        },
        context,
      ),
    );
    return this.read(principal, id);
  }

  @Mutation(() => IncidentType, {
    description: '研判（可随时修订）/ Assess an incident (revisable at any time)',
  })
  async assessIncident(
    @CurrentPrincipal() principal: Principal,
    @CommandCtx() context: CommandContext,
    @Args('input') input: AssessIncidentInput,
  ): Promise<IncidentType> {
    const { incidentId, expectedVersion, ...assessment } = input;
    await this.commands.execute(
      new AssessIncidentCommand(principal, incidentId, assessment, expectedVersion ?? undefined, context),
    );
    return this.read(principal, incidentId);
  }

  @Query(() => IncidentType, { description: '一个舆情事件 / One incident' })
  async incident(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncidentType> {
    return this.read(principal, id);
  }

  @Query(() => IncidentConnection, { description: '舆情事件列表，最新在前 / Incidents, newest first' })
  async incidents(
    @CurrentPrincipal() principal: Principal,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: IncidentFilterInput,
  ): Promise<Connection<IncidentType>> {
    const result = await this.queries.execute(
      new ListIncidentsQuery(principal, filter ?? {}, page.first ?? undefined, page.after ?? undefined),
    );
    return {
      ...result,
      edges: result.edges.map((e) => ({
        cursor: e.cursor,
        node: toIncidentType(e.node, callerMay(principal, e.node)),
      })),
    };
  }

  private async read(principal: Principal, id: string): Promise<IncidentType> {
    const view = await this.queries.execute(new GetIncidentQuery(principal, id));
    return toIncidentType(view, callerMay(principal, view));
  }
}
