import { TaskStepCommand } from '../task-step';

/** 催办: the dispatcher reminds the assignee. */
export class RemindTaskCommand extends TaskStepCommand<{ note: string }> {}
