import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { AssignLinkageRolesHandler } from './commands/assign-linkage-roles/assign-linkage-roles.handler';
import { EstablishCountyHandler } from './commands/establish-county/establish-county.handler';
import { RegisterUnitHandler } from './commands/register-unit/register-unit.handler';
import { SetLinkageFieldRulesHandler } from './commands/set-linkage-field-rules/set-linkage-field-rules.handler';
import { SetGradeScalesHandler } from './commands/set-grade-scales/set-grade-scales.handler';
import { SetSpreadCriteriaHandler } from './commands/set-spread-criteria/set-spread-criteria.handler';
import { SetDeadlinePolicyHandler } from './commands/set-deadline-policy/set-deadline-policy.handler';
import { LoadHolidayCalendarHandler } from './commands/load-holiday-calendar/load-holiday-calendar.handler';
import { SetLinkageThresholdHandler } from './commands/set-linkage-threshold/set-linkage-threshold.handler';
import { SetSecurityPolicyHandler } from './commands/set-security-policy/set-security-policy.handler';
import { UpdateUnitHandler } from './commands/update-unit/update-unit.handler';
import { SetUnitInServiceHandler } from './commands/set-unit-in-service/set-unit-in-service.handler';
import { SetUnitDocumentCodeHandler } from './commands/set-unit-document-code/set-unit-document-code.handler';
import { OrganizationEventType } from './domain/organization.events';
import { OrganizationResolver, UnitFieldsResolver } from './graphql/organization.resolver';
import { CountyView } from './projections/county-view.entity';
import { countyViewProjection, unitViewProjection } from './projections/organization.projections';
import { UnitView } from './projections/unit-view.entity';
import { UnitObligations } from './queries/unit-obligations';
import { OrganizationDirectory } from './queries/organization-directory';

/** Units (tenants), counties, the linkage set and the county's security policy. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([UnitView, CountyView])],
  providers: [
    ScopedDb,
    OrganizationDirectory,
    UnitObligations,
    RegisterUnitHandler,
    UpdateUnitHandler,
    SetUnitInServiceHandler,
    SetUnitDocumentCodeHandler,
    EstablishCountyHandler,
    AssignLinkageRolesHandler,
    SetSecurityPolicyHandler,
    SetLinkageFieldRulesHandler,
    SetGradeScalesHandler,
    SetSpreadCriteriaHandler,
    SetDeadlinePolicyHandler,
    LoadHolidayCalendarHandler,
    SetLinkageThresholdHandler,
    OrganizationResolver,
    UnitFieldsResolver,
  ],
  exports: [OrganizationDirectory, UnitObligations],
})
export class OrganizationModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(OrganizationEventType)) this.schemas.define(type, 1);
    this.projections.add(unitViewProjection());
    this.projections.add(countyViewProjection());
  }
}
