import { TaskStepCommand } from '../task-step';

/** 报送进展: what the assignee has done online and offline so far. */
export class ReportTaskProgressCommand extends TaskStepCommand<{
  online: string[];
  offline: string[];
  note: string;
}> {}
