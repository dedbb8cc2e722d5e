import { TaskStepCommand } from '../task-step';

/** 签收: the assignee signs for the task, naming its 责任人 (the signer, unless someone else of the unit is named). */
export class SignTaskCommand extends TaskStepCommand<{ responsibleUserId?: string | null }> {}
