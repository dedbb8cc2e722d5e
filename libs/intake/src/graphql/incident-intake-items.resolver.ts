import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, Principal } from '@app/access';
import { IncidentType } from '@app/incidents';
import { IntakeQueries } from '../queries/intake-queries';
import { IntakeItemType } from './intake.types';

/** The posts an incident took in from 舆情线索: its evidence from the monitors, with their sources and readings. */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentIntakeItemsResolver {
  constructor(private readonly queries: IntakeQueries) {}

  @ResolveField(() => [IntakeItemType], {
    description:
      '登记或并入本事件的舆情线索（原帖、来源、传播读数；县中心与审计可见）/ The intake items the incident took in',
  })
  intakeItems(@CurrentPrincipal() p: Principal, @Parent() incident: IncidentType): Promise<IntakeItemType[]> {
    return this.queries.ofIncident(p, incident.id);
  }
}
