import { TaskStepCommand } from '../task-step';

/** 变更责任人: the unit names another of its people to answer for the task; the earlier one stays on record. */
export class NameTaskResponsibleCommand extends TaskStepCommand<{ userId: string }> {}
