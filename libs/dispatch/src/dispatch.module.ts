import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { describeDispatchEvent } from './domain/dispatch.timeline';
import { OrganizationModule } from '@app/organization';
import { DispatchService } from './commands/dispatch.service';
import { LetterEventType } from './domain/letter.decider';
import { TaskEventType } from './domain/task.events';
import { DeadlineMatrixResolver } from './graphql/deadline-matrix.resolver';
import { DispatchResolver, IncidentDispatchFieldsResolver } from './graphql/dispatch.resolver';
import {
  LetterReceiptUnitResolver,
  LetterUnitsResolver,
  TaskUnitsResolver,
} from './graphql/dispatch-units.resolver';
import { letterViewProjection, taskViewProjection } from './projections/dispatch.projections';
import { LetterView } from './projections/letter-view.entity';
import { TaskView } from './projections/task-view.entity';
import { DispatchReader } from './queries/dispatch-reader';
import { UnitOpenWork } from './queries/unit-open-work';

/** The "一函四单" loop: risk letters, tasks (dispatch, handle, hand in, review), supervision, unit inboxes. */
@Module({
  imports: [
    CqrsModule,
    OrganizationModule,
    IncidentsModule,
    TypeOrmModule.forFeature([TaskView, LetterView]),
  ],
  providers: [
    ScopedDb,
    DispatchService,
    DispatchReader,
    UnitOpenWork,
    DispatchResolver,
    IncidentDispatchFieldsResolver,
    DeadlineMatrixResolver,
    TaskUnitsResolver,
    LetterUnitsResolver,
    LetterReceiptUnitResolver,
  ],
  exports: [DispatchService, DispatchReader],
})
export class DispatchModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of [...Object.values(TaskEventType), ...Object.values(LetterEventType)])
      this.schemas.define(type, 1);
    this.projections.add(taskViewProjection());
    this.projections.add(letterViewProjection());
    this.timeline.register(
      [...Object.values(TaskEventType), ...Object.values(LetterEventType)],
      describeDispatchEvent,
    );
  }
}
