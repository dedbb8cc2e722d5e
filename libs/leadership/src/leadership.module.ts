import { DynamicModule, Global, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { DISPATCH_PRECONDITION } from '@app/dispatch';
import { ESCALATION_RECIPIENTS, IncidentsModule, TimelineRegistry } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { AppointCountyLeaderHandler } from './commands/appoint-county-leader/appoint-county-leader.handler';
import { GiveInstructionHandler } from './commands/give-instruction/give-instruction.handler';
import { LinkInstructionTaskHandler } from './commands/link-instruction-task/link-instruction-task.handler';
import { RelieveCountyLeaderHandler } from './commands/relieve-county-leader/relieve-county-leader.handler';
import { ReportInstructionFeedbackHandler } from './commands/report-instruction-feedback/report-instruction-feedback.handler';
import { LeadershipEventType } from './domain/leadership.events';
import { HandlingPlanEventType } from './domain/handling-plan.events';
import { DecideHandlingPlanHandler } from './commands/decide-handling-plan/decide-handling-plan.handler';
import { DraftHandlingPlanHandler } from './commands/draft-handling-plan/draft-handling-plan.handler';
import { SetHandlingPlanPolicyHandler } from './commands/set-handling-plan-policy/set-handling-plan-policy.handler';
import { HandlingPlanResolver } from './graphql/handling-plan.resolver';
import { HandlingPlanPolicyView, HandlingPlanView } from './projections/handling-plan-view.entity';
import {
  handlingPlanPolicyProjection,
  handlingPlanViewProjection,
} from './projections/handling-plan.projections';
import { HandlingPlanQueries } from './queries/handling-plan-queries';
import { HandlingPlanReader } from './queries/handling-plan-reader';
import { describeLeadershipEvent } from './domain/leadership.timeline';
import { LeadershipResolver } from './graphql/leadership.resolver';
import { CountyLeaderView } from './projections/county-leader-view.entity';
import { LeaderArrivalView } from './projections/leader-arrival-view.entity';
import { LeaderInstructionView } from './projections/leader-instruction-view.entity';
import {
  CountyLeaderViewProjection,
  LeaderArrivalViewProjection,
  leaderInstructionViewProjection,
} from './projections/leadership.projections';
import { LeadershipDirectory } from './queries/leadership-directory';
import { LeadershipQueries } from './queries/leadership-queries';

/**
 * What incidents and dispatch ask of this library by token (whom an escalation to the county leaders reaches; whether
 * dispatch waits for an approved plan): global, so they need not import it (a cycle: leadership reads both). ADR 0021.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CountyLeaderView, HandlingPlanView, HandlingPlanPolicyView])],
  providers: [
    ScopedDb,
    LeadershipDirectory,
    HandlingPlanReader,
    { provide: ESCALATION_RECIPIENTS, useExisting: LeadershipDirectory },
    { provide: DISPATCH_PRECONDITION, useExisting: HandlingPlanReader },
  ],
  exports: [LeadershipDirectory, HandlingPlanReader, ESCALATION_RECIPIENTS, DISPATCH_PRECONDITION],
})
class LeadershipPortsModule {}

/**
 * The county's leaders as people (县委书记, 县长, 分管副县长 …: post and fields in charge), what reaches them, and
 * their instructions (领导批示) with the tasks and reports back that answer them (issue 19).
 */
@Module({})
export class LeadershipModule implements OnModuleInit {
  static forRoot(identity: DynamicModule): DynamicModule {
    return {
      module: LeadershipModule,
      imports: [
        CqrsModule,
        identity,
        OrganizationModule,
        IncidentsModule,
        LeadershipPortsModule,
        TypeOrmModule.forFeature([
          CountyLeaderView,
          LeaderInstructionView,
          LeaderArrivalView,
          HandlingPlanView,
          HandlingPlanPolicyView,
        ]),
      ],
      providers: [
        ScopedDb,
        LeadershipQueries,
        LeadershipResolver,
        HandlingPlanQueries,
        HandlingPlanResolver,
        DraftHandlingPlanHandler,
        DecideHandlingPlanHandler,
        SetHandlingPlanPolicyHandler,
        AppointCountyLeaderHandler,
        RelieveCountyLeaderHandler,
        GiveInstructionHandler,
        LinkInstructionTaskHandler,
        ReportInstructionFeedbackHandler,
      ],
      // What waits for a person here (plans to decide or revise, instructions to report back on): their 待办.
      exports: [LeadershipQueries, HandlingPlanQueries],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of [...Object.values(LeadershipEventType), ...Object.values(HandlingPlanEventType)])
      this.schemas.define(type, 1);
    this.projections.add(new CountyLeaderViewProjection());
    this.projections.add(leaderInstructionViewProjection());
    this.projections.add(new LeaderArrivalViewProjection());
    this.projections.add(handlingPlanViewProjection());
    this.projections.add(handlingPlanPolicyProjection());
    this.timeline.register(
      [
        LeadershipEventType.InstructionGiven,
        LeadershipEventType.InstructionTaskLinked,
        LeadershipEventType.InstructionFeedbackReported,
        HandlingPlanEventType.Drafted,
        HandlingPlanEventType.Approved,
        HandlingPlanEventType.SentBack,
      ],
      describeLeadershipEvent,
    );
  }
}
