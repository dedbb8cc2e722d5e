/**
 * The library's pure door: its domain vocabulary without Nest, TypeORM or the database, for other libraries'
 * domain folders (the layer rules in .dependency-cruiser.cjs). Everything else enters through ../index.ts.
 */
export * from './task.enums';
export * from './task.events';
export * from './letter.decider';
export * from './deadline-policy';
export * from './task-lateness';
export { reminderTimes } from './reminders';
export { evolveTask, initialTaskState, taskDecider, TaskState, TaskTimer } from './task.decider';
export * from './dispatch.errors';
