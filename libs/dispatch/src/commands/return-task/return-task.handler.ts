import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { ReturnTaskCommand } from './return-task.command';

@CommandHandler(ReturnTaskCommand)
export class ReturnTaskHandler implements ICommandHandler<ReturnTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: ReturnTaskCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      { type: 'ReturnTask', reason: input.reason },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_RETURNED' },
    );
  }
}
