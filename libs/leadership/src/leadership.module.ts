import { DynamicModule, Global, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { ESCALATION_RECIPIENTS, IncidentsModule, TimelineRegistry } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { AppointCountyLeaderHandler } from './commands/appoint-county-leader/appoint-county-leader.handler';
import { GiveInstructionHandler } from './commands/give-instruction/give-instruction.handler';
import { LinkInstructionTaskHandler } from './commands/link-instruction-task/link-instruction-task.handler';
import { RelieveCountyLeaderHandler } from './commands/relieve-county-leader/relieve-county-leader.handler';
import { ReportInstructionFeedbackHandler } from './commands/report-instruction-feedback/report-instruction-feedback.handler';
import { LeadershipEventType } from './domain/leadership.events';
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
 * Whom incidents reach when they escalate to the county leaders: global, so the incidents library can ask for it by
 * token without importing this one (it would be a cycle: leadership reads incidents).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CountyLeaderView])],
  providers: [
    ScopedDb,
    LeadershipDirectory,
    { provide: ESCALATION_RECIPIENTS, useExisting: LeadershipDirectory },
  ],
  exports: [LeadershipDirectory, ESCALATION_RECIPIENTS],
})
class EscalationRecipientsModule {}

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
        EscalationRecipientsModule,
        TypeOrmModule.forFeature([CountyLeaderView, LeaderInstructionView, LeaderArrivalView]),
      ],
      providers: [
        ScopedDb,
        LeadershipQueries,
        LeadershipResolver,
        AppointCountyLeaderHandler,
        RelieveCountyLeaderHandler,
        GiveInstructionHandler,
        LinkInstructionTaskHandler,
        ReportInstructionFeedbackHandler,
      ],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of Object.values(LeadershipEventType)) this.schemas.define(type, 1);
    this.projections.add(new CountyLeaderViewProjection());
    this.projections.add(leaderInstructionViewProjection());
    this.projections.add(new LeaderArrivalViewProjection());
    this.timeline.register(
      [
        LeadershipEventType.InstructionGiven,
        LeadershipEventType.InstructionTaskLinked,
        LeadershipEventType.InstructionFeedbackReported,
      ],
      describeLeadershipEvent,
    );
  }
}
