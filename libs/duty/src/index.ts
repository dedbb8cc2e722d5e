export { DutyModule } from './duty.module';
export { DutyService } from './queries/duty.service';
export { AssignDutyShiftCommand } from './commands/assign-duty-shift/assign-duty-shift.command';
export * from './domain/duty.events';
export {
  coverageGaps,
  DutyRosterCommand,
  ROSTER_STATE_KEEPS_MS,
  dutyRosterDecider,
  DUTY_ROSTER_SNAPSHOT,
} from './domain/duty-roster.decider';
export { RosterGapWatch, ROSTER_GAP_REPORTED, DutyRosterGapReportedData } from './roster-gap-watch';
