import { TaskStepCommand } from '../task-step';

/** 撤销: the dispatcher cancels the task, with the reason; it stops holding its incident open. */
export class CancelTaskCommand extends TaskStepCommand<{ reason: string }> {}
