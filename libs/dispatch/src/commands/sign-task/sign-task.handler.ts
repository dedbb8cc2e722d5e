import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { SignTaskCommand } from './sign-task.command';

@CommandHandler(SignTaskCommand)
export class SignTaskHandler implements ICommandHandler<SignTaskCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: SignTaskCommand): Promise<void> {
    return this.steps.take(
      c,
      { type: 'SignTask' },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_SIGNED' },
    );
  }
}
