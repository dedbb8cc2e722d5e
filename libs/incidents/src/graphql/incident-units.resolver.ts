import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, Principal } from '@app/access';
import { Loaders, RequestLoaders } from '@app/graphql';
import {
  localGradeFor,
  LocalGradeType,
  OrganizationDirectory,
  unitSummaries,
  UnitSummaryType,
} from '@app/organization';
import { IncidentType, LinkageType } from './incident.types';

/** The units an incident names, with name and kind (one batched query per request; issue 27). */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentUnitsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '登记单位 / Registered by' })
  reportingUnit(@Parent() i: IncidentType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(i.reportingUnitId);
  }

  @ResolveField(() => LocalGradeType, {
    nullable: true,
    description:
      '按本单位分级的级别（本单位使用本地分级时，如“重大舆情”）/ The grade in your unit’s own scale, if it has one',
  })
  localGrade(
    @Parent() i: IncidentType,
    @CurrentPrincipal() p: Principal,
    @RequestLoaders() loaders: Loaders,
  ) {
    return localGradeFor(loaders, this.directory, p, i.grade);
  }
}

@Resolver(() => LinkageType)
@UseGuards(AuthenticatedGuard)
export class LinkageUnitsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '牵头单位（宣传部）/ Lead' })
  leadUnit(@Parent() l: LinkageType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(l.leadUnitId);
  }

  @ResolveField(() => [UnitSummaryType], {
    description:
      '在联动中的单位（1+3+N，不含已解除）/ Units in the linkage now (1+3+N, released ones left out)',
  })
  async units(@Parent() l: LinkageType, @RequestLoaders() loaders: Loaders): Promise<UnitSummaryType[]> {
    const ids = [...new Set([l.leadUnitId, ...l.coreUnitIds, ...l.memberUnitIds])];
    const found = await Promise.all(ids.map((id) => unitSummaries(loaders, this.directory).load(id)));
    return found.filter((u): u is UnitSummaryType => u !== null);
  }
}
