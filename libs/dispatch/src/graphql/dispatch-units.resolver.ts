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
import { LetterReceiptType, RiskLetterType, TaskType } from './dispatch.types';

/**
 * The units a task or letter names, with their names and kinds, so a client need not look each id up (issue 27).
 * One batched query per request whatever the page holds (the shared `unit-summaries` loader).
 */
@Resolver(() => TaskType)
@UseGuards(AuthenticatedGuard)
export class TaskUnitsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '派单单位 / Dispatched by' })
  dispatcherUnit(@Parent() t: TaskType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(t.dispatcherUnitId);
  }

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '承办单位 / Assigned to' })
  assigneeUnit(@Parent() t: TaskType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(t.assigneeUnitId);
  }

  @ResolveField(() => LocalGradeType, {
    nullable: true,
    description:
      '按本单位分级的级别（本单位使用本地分级时）/ The grade in your unit’s own scale, if it has one',
  })
  localGrade(@Parent() t: TaskType, @CurrentPrincipal() p: Principal, @RequestLoaders() loaders: Loaders) {
    return localGradeFor(loaders, this.directory, p, t.grade);
  }
}

@Resolver(() => RiskLetterType)
@UseGuards(AuthenticatedGuard)
export class LetterUnitsResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '发函单位 / Sent by' })
  senderUnit(@Parent() l: RiskLetterType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(l.senderUnitId);
  }
}

@Resolver(() => LetterReceiptType)
@UseGuards(AuthenticatedGuard)
export class LetterReceiptUnitResolver {
  constructor(private readonly directory: OrganizationDirectory) {}

  @ResolveField(() => UnitSummaryType, { nullable: true, description: '签收单位 / The recipient unit' })
  unit(@Parent() r: LetterReceiptType, @RequestLoaders() loaders: Loaders) {
    return unitSummaries(loaders, this.directory).load(r.unitId);
  }
}
