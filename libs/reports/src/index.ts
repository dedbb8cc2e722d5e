export { ReportsModule } from './reports.module';
export { DailyReportService } from './queries/daily-report.service';
export {
  DailyReportWatch,
  DailyReportMissingData,
  DAILY_REPORT_MISSING,
  DAILY_REPORT_DUE_HOUR,
} from './daily-report-watch';
export * from './domain/daily-report.events';
export * from './domain/reports.errors';
export { SpecialReportService } from './queries/special-report.service';
export * from './domain/special-report.events';
export { prefilledFlashReport, FlashPrefill } from './domain/flash-report.prefill';
