import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { describeStatementEvent } from './domain/statement.timeline';
import { OrganizationModule } from '@app/organization';
import { ApproveStatementHandler } from './commands/approve-statement/approve-statement.handler';
import { DraftStatementHandler } from './commands/draft-statement/draft-statement.handler';
import { PublishStatementHandler } from './commands/publish-statement/publish-statement.handler';
import { RejectStatementHandler } from './commands/reject-statement/reject-statement.handler';
import { ReviseStatementHandler } from './commands/revise-statement/revise-statement.handler';
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
import { StatementsAwaiting } from './queries/statements-awaiting';
import { RecordTakedownAnswerHandler } from './commands/record-takedown-answer/record-takedown-answer.handler';
import { SendTakedownRequestHandler } from './commands/send-takedown-request/send-takedown-request.handler';
import { TakedownEventType } from './domain/takedown-request.events';
import { describeTakedownEvent } from './domain/takedown-request.timeline';
import { IncidentTakedownsResolver, TakedownResolver } from './graphql/takedown.graphql';
import { TakedownRequestView } from './projections/takedown-request-view.entity';
import { takedownViewProjection } from './projections/takedown-request-view.projection';
import { TakedownReader } from './queries/takedown-reader';

/** Public response (DOMAIN §5): wording and press releases; takedown requests to outside platforms (函告网站). */
@Module({
  imports: [
    CqrsModule,
    OrganizationModule,
    IncidentsModule,
    TypeOrmModule.forFeature([StatementView, TakedownRequestView]),
  ],
  providers: [
    ScopedDb,
    StatementService,
    DraftStatementHandler,
    ReviseStatementHandler,
    ApproveStatementHandler,
    RejectStatementHandler,
    PublishStatementHandler,
    StatementReader,
    StatementsAwaiting,
    StatementResolver,
    IncidentStatementsResolver,
    StatementUnitsResolver,
    TakedownReader,
    SendTakedownRequestHandler,
    RecordTakedownAnswerHandler,
    TakedownResolver,
    IncidentTakedownsResolver,
  ],
  exports: [StatementService, StatementsAwaiting],
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
    for (const type of Object.values(TakedownEventType)) this.schemas.define(type, 1);
    this.projections.add(takedownViewProjection());
    this.timeline.register(Object.values(TakedownEventType), describeTakedownEvent);
  }
}
