import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { OrganizationModule } from '@app/organization';
import { DailyReportService } from './daily-report.service';
import {
  DAILY_REPORT_MISSING,
  DAILY_REPORT_WATCH_OPTIONS,
  DailyReportWatch,
  DailyReportWatchOptions,
} from './daily-report-watch';
import { DAILY_REPORT_ISSUED } from './domain/daily-report.events';
import { DailyReportResolver } from './graphql/daily-report.resolver';
import { DailyReportView } from './projections/daily-report-view.entity';
import { dailyReportViewProjection } from './projections/daily-report.projection';

/** Reports the county centre compiles from the platform's own records: 舆情日报. */
@Module({})
export class ReportsModule implements OnModuleInit {
  static forRoot(watch: DailyReportWatchOptions = { checkMs: 0 }): DynamicModule {
    return {
      module: ReportsModule,
      imports: [OrganizationModule, TypeOrmModule.forFeature([DailyReportView])],
      providers: [
        ScopedDb,
        DailyReportService,
        DailyReportResolver,
        DailyReportWatch,
        { provide: DAILY_REPORT_WATCH_OPTIONS, useValue: watch },
      ],
      exports: [DailyReportService, DailyReportWatch],
    };
  }

  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    for (const type of [DAILY_REPORT_ISSUED, DAILY_REPORT_MISSING]) this.schemas.define(type, 1);
    this.projections.add(dailyReportViewProjection());
  }
}
