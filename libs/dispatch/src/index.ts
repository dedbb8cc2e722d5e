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
// One use-case folder per command (commands/<verb-noun>/): run them through the CommandBus.
export { CancelTaskCommand } from './commands/cancel-task/cancel-task.command';
export { DecideTaskExtensionCommand } from './commands/decide-task-extension/decide-task-extension.command';
export { DispatchTaskCommand } from './commands/dispatch-task/dispatch-task.command';
export { FireLetterTimerCommand } from './commands/fire-letter-timer/fire-letter-timer.command';
export { FireTaskTimerCommand } from './commands/fire-task-timer/fire-task-timer.command';
export { HandInTaskCommand } from './commands/hand-in-task/hand-in-task.command';
export { RecordJointConferenceCommand } from './commands/record-joint-conference/record-joint-conference.command';
export { RedispatchTaskCommand } from './commands/redispatch-task/redispatch-task.command';
export { ReferToPoliceCommand } from './commands/refer-to-police/refer-to-police.command';
export { RemindTaskCommand } from './commands/remind-task/remind-task.command';
export { ReportTaskProgressCommand } from './commands/report-task-progress/report-task-progress.command';
export { RequestTaskExtensionCommand } from './commands/request-task-extension/request-task-extension.command';
export { ReturnTaskCommand } from './commands/return-task/return-task.command';
export { ReviewTaskCommand } from './commands/review-task/review-task.command';
export { SendRiskLetterCommand } from './commands/send-risk-letter/send-risk-letter.command';
export { SignRiskLetterCommand } from './commands/sign-risk-letter/sign-risk-letter.command';
export { SignTaskCommand } from './commands/sign-task/sign-task.command';
export { NameTaskResponsibleCommand } from './commands/name-task-responsible/name-task-responsible.command';
export { SuperviseTaskCommand } from './commands/supervise-task/supervise-task.command';
export { TaskStepCommand, TaskCommandBody } from './commands/task-step';
export { TaskView } from './projections/task-view.entity';
export { LetterView } from './projections/letter-view.entity';
export { evolveTask, initialTaskState, taskDecider, TaskState, TaskTimer } from './domain/task.decider';
export * from './commands/dispatch-precondition';
// What the unit's 待办 reads from here (libs/desk gathers every kind).
export { DispatchReader, InboxEntry } from './queries/dispatch-reader';
export { TaskType, RiskLetterType } from './graphql/dispatch.types';
export { toTaskType, toLetterType } from './graphql/dispatch.mapper';
