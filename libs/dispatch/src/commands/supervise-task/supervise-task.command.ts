import { TaskStepCommand } from '../task-step';

/** 督办: the dispatcher issues a supervision notice (督办通知单) with the time a reply is due. */
export class SuperviseTaskCommand extends TaskStepCommand<{ content: string; replyDueAt: Date }> {}
