export { IntakeModule } from './intake.module';
export * from './domain/intake.events';
export * from './domain/intake.errors';
export { INTAKE_KEY_HEADER } from './http/intake.controller';
export { IntakeReplyTimers } from './commands/remind-intake-reply/intake-reply-timers';
export { MarkIntakeItemRepliedCommand } from './commands/mark-intake-item-replied/mark-intake-item-replied.command';
export { NEAR_DUPLICATE_SQL } from './queries/intake-reader';
