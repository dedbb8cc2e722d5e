import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { CancelTaskCommand } from './cancel-task.command';

@CommandHandler(CancelTaskCommand)
export class CancelTaskHandler implements ICommandHandler<CancelTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: CancelTaskCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      { type: 'CancelTask', reason: input.reason },
      { action: Action.TaskOversee, to: 'assignee', kind: 'TASK_CANCELLED', settles: 'CANCELLED' },
    );
  }
}
