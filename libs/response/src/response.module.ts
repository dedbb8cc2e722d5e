import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { describeStatementEvent } from './domain/statement.timeline';
import { OrganizationModule } from '@app/organization';
import { StatementService } from './commands/statement.service';
import { StatementEventType } from './domain/statement.decider';
import {
  IncidentStatementsResolver,
  StatementResolver,
  StatementUnitsResolver,
} from './graphql/response.graphql';
import { StatementView } from './projections/statement-view.entity';
import { statementViewProjection } from './projections/statement-view.projection';
import { StatementReader } from './queries/statement-reader';

/** Public response (DOMAIN §5): wording and press releases. */
@Module({
  imports: [OrganizationModule, IncidentsModule, TypeOrmModule.forFeature([StatementView])],
  providers: [
    ScopedDb,
    StatementService,
    StatementReader,
    StatementResolver,
    IncidentStatementsResolver,
    StatementUnitsResolver,
  ],
  exports: [StatementService],
})
export class ResponseModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(StatementEventType)) this.schemas.define(type, 1);
    this.projections.add(statementViewProjection());
    this.timeline.register(Object.values(StatementEventType), describeStatementEvent);
  }
}
