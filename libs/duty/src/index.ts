export { DutyModule } from './duty.module';
export { DutyService } from './duty.service';
export * from './domain/duty.events';
export { coverageGaps } from './domain/duty-roster.decider';
export { RosterGapWatch, ROSTER_GAP_REPORTED, DutyRosterGapReportedData } from './roster-gap-watch';
