import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { AddWatchEntryHandler } from './commands/add-watch-entry/add-watch-entry.handler';
import { ChangeWatchEntryHandler } from './commands/change-watch-entry/change-watch-entry.handler';
import { RetireWatchEntryHandler } from './commands/retire-watch-entry/retire-watch-entry.handler';
import { ConfigureIntakeSourceHandler } from './commands/configure-intake-source/configure-intake-source.handler';
import { DecideIntakeItemHandler } from './commands/decide-intake-item/decide-intake-item.handler';
import { DecideIntakeItemsHandler } from './commands/decide-intake-items/decide-intake-items.handler';
import { EnterIntakeItemHandler } from './commands/enter-intake-item/enter-intake-item.handler';
import { ReceiveIntakeItemsHandler } from './commands/receive-intake-items/receive-intake-items.handler';
import { RotateIntakeSourceKeyHandler } from './commands/rotate-intake-source-key/rotate-intake-source-key.handler';
import { ImportIntakeFileHandler } from './commands/import-intake-file/import-intake-file.handler';
import { SetIntakeColumnMappingHandler } from './commands/set-intake-column-mapping/set-intake-column-mapping.handler';
import { MarkIntakeItemRepliedHandler } from './commands/mark-intake-item-replied/mark-intake-item-replied.handler';
import { IntakeReplyTimers } from './commands/remind-intake-reply/intake-reply-timers';
import { IntakeEventType } from './domain/intake.events';
import { describeIntakeEvent } from './domain/intake.timeline';
import { IntakeResolver } from './graphql/intake.resolver';
import { IncidentIntakeItemsResolver } from './graphql/incident-intake-items.resolver';
import { IntakeController } from './http/intake.controller';
import { IntakeItemView } from './projections/intake-item-view.entity';
import { IntakeSourceView } from './projections/intake-source-view.entity';
import { IntakeUrlClaim } from './projections/intake-url-claim.entity';
import { IntakeWatchEntryView } from './projections/intake-watch-entry-view.entity';
import {
  intakeItemViewProjection,
  intakeSourceViewProjection,
  intakeWatchEntryViewProjection,
} from './projections/intake.projections';
import { IntakeQueries } from './queries/intake-queries';
import { IntakeReader } from './queries/intake-reader';

/**
 * 舆情线索 (issue 23): what the monitors find reaches the centre's duty officer as items to triage — pushed over HTTP
 * with a source's key, entered by hand — and each becomes an incident, joins one, or is archived with a reason.
 */
@Module({
  imports: [
    CqrsModule,
    OrganizationModule,
    IncidentsModule,
    TypeOrmModule.forFeature([IntakeSourceView, IntakeItemView, IntakeUrlClaim, IntakeWatchEntryView]),
  ],
  controllers: [IntakeController],
  exports: [IntakeReplyTimers],
  providers: [
    ScopedDb,
    IntakeReader,
    IntakeQueries,
    IntakeResolver,
    IncidentIntakeItemsResolver,
    ConfigureIntakeSourceHandler,
    RotateIntakeSourceKeyHandler,
    ReceiveIntakeItemsHandler,
    EnterIntakeItemHandler,
    DecideIntakeItemHandler,
    DecideIntakeItemsHandler,
    SetIntakeColumnMappingHandler,
    MarkIntakeItemRepliedHandler,
    IntakeReplyTimers,
    ImportIntakeFileHandler,
    AddWatchEntryHandler,
    ChangeWatchEntryHandler,
    RetireWatchEntryHandler,
  ],
})
export class IntakeModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(IntakeEventType)) this.schemas.define(type, 1);
    this.projections.add(intakeSourceViewProjection());
    this.projections.add(intakeItemViewProjection());
    this.projections.add(intakeWatchEntryViewProjection());
    // The incident's timeline says which items it was registered from or joined by.
    this.timeline.register(
      [IntakeEventType.ItemRegisteredAsIncident, IntakeEventType.ItemAttachedToIncident],
      describeIntakeEvent,
    );
  }
}
