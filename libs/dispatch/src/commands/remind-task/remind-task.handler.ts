import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { RemindTaskCommand } from './remind-task.command';

@CommandHandler(RemindTaskCommand)
export class RemindTaskHandler implements ICommandHandler<RemindTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: RemindTaskCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      { type: 'RemindTask', note: input.note },
      { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_REMINDED' },
    );
  }
}
