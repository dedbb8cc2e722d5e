import { TaskStepCommand } from '../task-step';

/** 审批延期: the dispatcher grants or refuses the extension asked for. */
export class DecideTaskExtensionCommand extends TaskStepCommand<{ approve: boolean; reason: string }> {}
