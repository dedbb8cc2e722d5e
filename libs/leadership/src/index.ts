export { LeadershipModule } from './leadership.module';
export * from './domain/leadership.events';
export * from './domain/leadership.errors';
export { LeadershipDirectory } from './queries/leadership-directory';
export { AppointCountyLeaderCommand } from './commands/appoint-county-leader/appoint-county-leader.command';
export { GiveInstructionCommand } from './commands/give-instruction/give-instruction.command';
export { CountyLeaderView } from './projections/county-leader-view.entity';
