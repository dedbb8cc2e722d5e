import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { OrganizationModule } from '@app/organization';
import { ActivateLinkageHandler } from './commands/activate-linkage/activate-linkage.handler';
import { AddLinkageMembersHandler } from './commands/add-linkage-members/add-linkage-members.handler';
import { AdjustWarningHandler } from './commands/adjust-warning/adjust-warning.handler';
import { AssessIncidentHandler } from './commands/assess-incident/assess-incident.handler';
import { CloseIncidentHandler } from './commands/close-incident/close-incident.handler';
import { EscalateIncidentHandler } from './commands/escalate-incident/escalate-incident.handler';
import { FileIncidentReviewHandler } from './commands/file-incident-review/file-incident-review.handler';
import { IssueWarningHandler } from './commands/issue-warning/issue-warning.handler';
import { LiftWarningHandler } from './commands/lift-warning/lift-warning.handler';
import { ListIncidentHandler } from './commands/list-incident/list-incident.handler';
import { MarkIncidentCalmedHandler } from './commands/mark-incident-calmed/mark-incident-calmed.handler';
import { RecordAccountabilityHandler } from './commands/record-accountability/record-accountability.handler';
import { NameIncidentResponsibilityHandler } from './commands/name-incident-responsibility/name-incident-responsibility.handler';
import { HandleLocallyHandler } from './commands/handle-locally/handle-locally.handler';
import { TakeOverIncidentHandler } from './commands/take-over-incident/take-over-incident.handler';
import { SupplementIncidentHandler } from './commands/supplement-incident/supplement-incident.handler';
import { RecordSpreadReadingHandler } from './commands/record-spread-reading/record-spread-reading.handler';
import { ReleaseLinkageMemberHandler } from './commands/release-linkage-member/release-linkage-member.handler';
import { ReopenIncidentHandler } from './commands/reopen-incident/reopen-incident.handler';
import { ReportIncidentHandler } from './commands/report-incident/report-incident.handler';
import { IncidentEventType } from './domain/incident.events';
import { IncidentCommandService } from './commands/incident-command.service';
import { IncidentDeliveries } from './commands/incident-deliveries';
import { IncidentCounty } from './queries/incident-county';
import { IncidentLifecycleResolver } from './graphql/incident-lifecycle.resolver';
import { IncidentUnitsResolver, LinkageUnitsResolver } from './graphql/incident-units.resolver';
import { LinkagePolicyResolver } from './graphql/linkage-policy.resolver';
import { IncidentResolver } from './graphql/incident.resolver';
import { describeIncidentEvent } from './domain/incident.timeline';
import { IncidentSubscriptionResolver } from './graphql/incident-subscription.resolver';
import { IncidentTimelineResolver } from './graphql/incident-timeline.resolver';
import { IncidentTimelineReader } from './queries/incident-timeline-reader';
import { IncidentView } from './projections/incident-view.entity';
import { IncidentTimelineEntry } from './timeline/incident-timeline.entity';
import { IncidentTimelineProjection } from './timeline/incident-timeline.projection';
import { TimelineRegistry } from './timeline/timeline-registry';
import { IncidentViewProjection } from './projections/incident-view.projection';
import { GetIncidentHandler } from './queries/get-incident.query';
import { ListIncidentsHandler } from './queries/list-incidents.query';

@Module({
  // forFeature registers the read-model entity with the data source (autoLoadEntities).
  imports: [CqrsModule, OrganizationModule, TypeOrmModule.forFeature([IncidentView, IncidentTimelineEntry])],
  providers: [
    ScopedDb,
    // One handler per command (commands/<verb-noun>/).
    ReportIncidentHandler,
    AssessIncidentHandler,
    ListIncidentHandler,
    IssueWarningHandler,
    AdjustWarningHandler,
    LiftWarningHandler,
    EscalateIncidentHandler,
    ActivateLinkageHandler,
    AddLinkageMembersHandler,
    ReleaseLinkageMemberHandler,
    MarkIncidentCalmedHandler,
    CloseIncidentHandler,
    ReopenIncidentHandler,
    FileIncidentReviewHandler,
    RecordAccountabilityHandler,
    NameIncidentResponsibilityHandler,
    HandleLocallyHandler,
    TakeOverIncidentHandler,
    SupplementIncidentHandler,
    RecordSpreadReadingHandler,
    IncidentDeliveries,
    IncidentCounty,
    GetIncidentHandler,
    ListIncidentsHandler,
    IncidentResolver,
    IncidentLifecycleResolver,
    LinkagePolicyResolver,
    IncidentCommandService,
    TimelineRegistry,
    IncidentTimelineReader,
    IncidentTimelineResolver,
    IncidentSubscriptionResolver,
    IncidentUnitsResolver,
    LinkageUnitsResolver,
  ],
  exports: [IncidentCommandService, TimelineRegistry],
})
export class IncidentsModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  /** Declares this module's event schemas and projections before the event store starts its runner. */
  onModuleInit(): void {
    // IncidentReported v2 added the county; events stored as v1 (before units existed) read with none.
    this.schemas
      .define(IncidentEventType.Reported, 2, { 1: (data) => ({ ...data, countyId: null }) })
      .define(IncidentEventType.Assessed, 1);
    for (const type of Object.values(IncidentEventType)) {
      if (type !== IncidentEventType.Reported && type !== IncidentEventType.Assessed)
        this.schemas.define(type, 1);
    }
    this.projections.add(new IncidentViewProjection());
    this.timeline.register(Object.values(IncidentEventType), describeIncidentEvent);
    this.projections.add(new IncidentTimelineProjection(this.timeline));
  }
}
