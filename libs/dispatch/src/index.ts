export * from './dispatch.module';
export { DeadlineStepRuleType } from './graphql/deadline-matrix.resolver';
export * from './domain/task.enums';
export * from './domain/task.events';
export * from './domain/letter.decider';
export * from './domain/dispatch.errors';
export * from './domain/deadline-policy';
export * from './domain/task-lateness';
export { reminderTimes } from './domain/reminders';
export {
  DispatchService,
  platformContext,
  PLATFORM_USER_ID,
  taskTarget,
  letterTarget,
} from './commands/dispatch.service';
export { TaskView } from './projections/task-view.entity';
export { LetterView } from './projections/letter-view.entity';
export { evolveTask, initialTaskState, TaskState, TaskTimer } from './domain/task.decider';
export * from './commands/dispatch-precondition';
