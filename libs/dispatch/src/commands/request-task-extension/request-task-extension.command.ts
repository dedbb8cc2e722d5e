import { TaskStepCommand } from '../task-step';

/** 申请延期: the assignee asks for a later due time. */
export class RequestTaskExtensionCommand extends TaskStepCommand<{ requestedDueAt: Date; reason: string }> {}
