import { TaskStepCommand } from '../task-step';

/** 签收: the assignee signs for the task. */
export class SignTaskCommand extends TaskStepCommand<object> {}
