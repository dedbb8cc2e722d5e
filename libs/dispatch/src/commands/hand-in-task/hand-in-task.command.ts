import { TaskStepCommand } from '../task-step';

/** 交单: the assignee hands in its written feedback (书面反馈). */
export class HandInTaskCommand extends TaskStepCommand<{
  factsFound: string;
  measures: string;
  result: string;
  evidence: string[];
}> {}
