import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { describeDispatchEvent } from './domain/dispatch.timeline';
import { OrganizationModule } from '@app/organization';
import { DispatchService } from './commands/dispatch.service';
import { TaskPlanner } from './commands/task-planner';
import { TaskSteps } from './commands/task-step';
import { CancelTaskHandler } from './commands/cancel-task/cancel-task.handler';
import { DecideTaskExtensionHandler } from './commands/decide-task-extension/decide-task-extension.handler';
import { DispatchTaskHandler } from './commands/dispatch-task/dispatch-task.handler';
import { FireLetterTimerHandler } from './commands/fire-letter-timer/fire-letter-timer.handler';
import { FireTaskTimerHandler } from './commands/fire-task-timer/fire-task-timer.handler';
import { HandInTaskHandler } from './commands/hand-in-task/hand-in-task.handler';
import { RecordJointConferenceHandler } from './commands/record-joint-conference/record-joint-conference.handler';
import { RedispatchTaskHandler } from './commands/redispatch-task/redispatch-task.handler';
import { ReferToPoliceHandler } from './commands/refer-to-police/refer-to-police.handler';
import { RemindTaskHandler } from './commands/remind-task/remind-task.handler';
import { ReportTaskProgressHandler } from './commands/report-task-progress/report-task-progress.handler';
import { RequestTaskExtensionHandler } from './commands/request-task-extension/request-task-extension.handler';
import { ReturnTaskHandler } from './commands/return-task/return-task.handler';
import { ReviewTaskHandler } from './commands/review-task/review-task.handler';
import { SendRiskLetterHandler } from './commands/send-risk-letter/send-risk-letter.handler';
import { SignRiskLetterHandler } from './commands/sign-risk-letter/sign-risk-letter.handler';
import { NameTaskResponsibleHandler } from './commands/name-task-responsible/name-task-responsible.handler';
import { TaskResponsibles } from './commands/task-responsible';
import { SignTaskHandler } from './commands/sign-task/sign-task.handler';
import { SuperviseTaskHandler } from './commands/supervise-task/supervise-task.handler';
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
import { DispatchFacts } from './queries/dispatch-facts';
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
    DispatchFacts,
    TaskPlanner,
    TaskSteps,
    CancelTaskHandler,
    DecideTaskExtensionHandler,
    DispatchTaskHandler,
    FireLetterTimerHandler,
    FireTaskTimerHandler,
    HandInTaskHandler,
    RecordJointConferenceHandler,
    RedispatchTaskHandler,
    ReferToPoliceHandler,
    RemindTaskHandler,
    ReportTaskProgressHandler,
    RequestTaskExtensionHandler,
    ReturnTaskHandler,
    ReviewTaskHandler,
    SendRiskLetterHandler,
    SignRiskLetterHandler,
    SignTaskHandler,
    NameTaskResponsibleHandler,
    TaskResponsibles,
    SuperviseTaskHandler,
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
