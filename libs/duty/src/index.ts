export { DutyModule } from './duty.module';
export { DutyService } from './duty.service';
export * from './domain/duty.events';
export { coverageGaps } from './domain/duty-roster.decider';
