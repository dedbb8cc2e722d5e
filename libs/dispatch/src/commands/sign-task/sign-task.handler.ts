import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { TaskResponsibles } from '../task-responsible';
import { SignTaskCommand } from './sign-task.command';

@CommandHandler(SignTaskCommand)
export class SignTaskHandler implements ICommandHandler<SignTaskCommand, void> {
  constructor(
    private readonly steps: TaskSteps,
    private readonly responsibles: TaskResponsibles,
  ) {}

  async execute(c: SignTaskCommand): Promise<void> {
    const responsible = await this.responsibles.atSigning(c.principal, c.taskId, c.input.responsibleUserId);
    return this.steps.take(
      c,
      { type: 'SignTask', ...(responsible ? { responsible } : {}) },
      { action: Action.TaskWork, to: 'dispatcher', kind: 'TASK_SIGNED' },
    );
  }
}
