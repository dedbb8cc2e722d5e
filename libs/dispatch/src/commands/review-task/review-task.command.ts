import { TaskStepCommand } from '../task-step';

/** 审核: the dispatcher strikes the task off (销号) or sends it back to be redone. */
export class ReviewTaskCommand extends TaskStepCommand<{ accept: boolean; reason: string }> {}
