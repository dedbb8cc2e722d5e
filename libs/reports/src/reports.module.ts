import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { IncidentsModule, TimelineRegistry } from '@app/incidents';
import { OrganizationModule } from '@app/organization';
import { IssueDailyReportHandler } from './commands/issue-daily-report/issue-daily-report.handler';
import { IssueSpecialReportHandler } from './commands/issue-special-report/issue-special-report.handler';
import { SaveSpecialReportDraftHandler } from './commands/save-special-report-draft/save-special-report-draft.handler';
import { WithdrawSpecialReportHandler } from './commands/withdraw-special-report/withdraw-special-report.handler';
import { DailyReportService } from './queries/daily-report.service';
import {
  DAILY_REPORT_MISSING,
  DAILY_REPORT_WATCH_OPTIONS,
  DailyReportWatch,
  DailyReportWatchOptions,
} from './daily-report-watch';
import { DAILY_REPORT_ISSUED } from './domain/daily-report.events';
import { DailyReportResolver } from './graphql/daily-report.resolver';
import { SpecialReportEventType } from './domain/special-report.events';
import { describeSpecialReportEvent } from './domain/special-report.timeline';
import { SpecialReportResolver } from './graphql/special-report.resolver';
import { DailyReportView } from './projections/daily-report-view.entity';
import { dailyReportViewProjection } from './projections/daily-report.projection';
import { SpecialReportView } from './projections/special-report-view.entity';
import { specialReportViewProjection } from './projections/special-report.projection';
import { SpecialReportService } from './queries/special-report.service';

/** Reports the county centre writes for the leaders: 舆情日报 (daily) and 舆情专报 (special, per incident). */
@Module({})
export class ReportsModule implements OnModuleInit {
  static forRoot(watch: DailyReportWatchOptions = { checkMs: 0 }): DynamicModule {
    return {
      module: ReportsModule,
      imports: [
        CqrsModule,
        OrganizationModule,
        IncidentsModule,
        TypeOrmModule.forFeature([DailyReportView, SpecialReportView]),
      ],
      providers: [
        ScopedDb,
        DailyReportService,
        IssueDailyReportHandler,
        DailyReportResolver,
        DailyReportWatch,
        SpecialReportService,
        SaveSpecialReportDraftHandler,
        IssueSpecialReportHandler,
        WithdrawSpecialReportHandler,
        SpecialReportResolver,
        { provide: DAILY_REPORT_WATCH_OPTIONS, useValue: watch },
      ],
      exports: [DailyReportService, DailyReportWatch, SpecialReportService],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    for (const type of [DAILY_REPORT_ISSUED, DAILY_REPORT_MISSING]) this.schemas.define(type, 1);
    this.projections.add(dailyReportViewProjection());
    for (const type of Object.values(SpecialReportEventType)) this.schemas.define(type, 1);
    this.projections.add(specialReportViewProjection());
    this.timeline.register(
      [SpecialReportEventType.Drafted, SpecialReportEventType.Issued, SpecialReportEventType.Withdrawn],
      describeSpecialReportEvent,
    );
  }
}
