import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { AssessIncidentHandler } from './commands/assess-incident/assess-incident.handler';
import { ReportIncidentHandler } from './commands/report-incident/report-incident.handler';
import { IncidentEventType } from './domain/incident.events';
import { IncidentResolver } from './graphql/incident.resolver';
import { IncidentView } from './projections/incident-view.entity';
import { IncidentViewProjection } from './projections/incident-view.projection';
import { GetIncidentHandler } from './queries/get-incident.query';
import { ListIncidentsHandler } from './queries/list-incidents.query';

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([IncidentView])],
  providers: [
    ReportIncidentHandler,
    AssessIncidentHandler,
    GetIncidentHandler,
    ListIncidentsHandler,
    IncidentResolver,
  ],
})
export class IncidentsModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  /** Declares this module's event schemas and projections before the event store starts its runner. */
  onModuleInit(): void {
    this.schemas.define(IncidentEventType.Reported, 1).define(IncidentEventType.Assessed, 1);
    this.projections.add(new IncidentViewProjection());
  }
}
