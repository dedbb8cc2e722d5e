export { ReportsModule } from './reports.module';
export { DailyReportService, beijingDay } from './daily-report.service';
export * from './domain/daily-report.events';
