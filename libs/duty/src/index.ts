export { DutyModule } from './duty.module';
export { DutyService, dutyRosterDecider, DUTY_ROSTER_SNAPSHOT } from './duty.service';
export * from './domain/duty.events';
export { coverageGaps, DutyRosterCommand, ROSTER_STATE_KEEPS_MS } from './domain/duty-roster.decider';
export { RosterGapWatch, ROSTER_GAP_REPORTED, DutyRosterGapReportedData } from './roster-gap-watch';
