import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { TaskSteps } from '../task-step';
import { DecideTaskExtensionCommand } from './decide-task-extension.command';

@CommandHandler(DecideTaskExtensionCommand)
export class DecideTaskExtensionHandler implements ICommandHandler<DecideTaskExtensionCommand, void> {
  constructor(private readonly steps: TaskSteps) {}

  execute(c: DecideTaskExtensionCommand): Promise<void> {
    const { input } = c;
    return this.steps.take(
      c,
      { type: 'DecideTaskExtension', approve: input.approve, reason: input.reason },
      {
        action: Action.TaskOversee,
        to: 'assignee',
        kind: 'TASK_EXTENSION_DECIDED',
        withCalendar: input.approve,
      },
    );
  }
}
