import { TaskStepCommand } from '../task-step';

/** 退回: the assignee returns the task, with the reason. */
export class ReturnTaskCommand extends TaskStepCommand<{ reason: string }> {}
