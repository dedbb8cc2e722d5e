import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { OrganizationModule } from '@app/organization';
import { DailyReportService } from './daily-report.service';
import { DAILY_REPORT_ISSUED } from './domain/daily-report.events';
import { DailyReportResolver } from './graphql/daily-report.resolver';
import { DailyReportView } from './projections/daily-report-view.entity';
import { dailyReportViewProjection } from './projections/daily-report.projection';

/** Reports the county centre compiles from the platform's own records: 舆情日报. */
@Module({
  imports: [OrganizationModule, TypeOrmModule.forFeature([DailyReportView])],
  providers: [ScopedDb, DailyReportService, DailyReportResolver],
  exports: [DailyReportService],
})
export class ReportsModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    this.schemas.define(DAILY_REPORT_ISSUED, 1);
    this.projections.add(dailyReportViewProjection());
  }
}
