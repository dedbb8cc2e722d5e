import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { ReportTaskProgressCommand } from './report-task-progress.command';

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: ReportTaskProgressCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      { type: 'ReportTaskProgress', online: input.online, offline: input.offline, note: input.note },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_PROGRESS' },
    );
  }
}
